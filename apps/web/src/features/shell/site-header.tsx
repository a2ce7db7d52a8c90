import { Link } from "@tanstack/react-router";
import { Logo } from "../../ui/logo";
import { AccountMenu, GuestBanner } from "../auth";

const navLink =
  "inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-medium text-slate-700 hover:bg-violet-50 hover:text-violet-800 sm:text-base";
const activeNavLink = "bg-violet-100 text-violet-900";

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-2 px-4 py-2">
        <Link to="/" className="inline-flex min-h-11 items-center gap-2 rounded-lg pr-2" aria-label="lila, home">
          <Logo />
          <span className="text-xl font-bold tracking-tight text-violet-900">lila</span>
        </Link>
        <nav aria-label="Main" className="order-last w-full sm:order-none sm:w-auto">
          <ul className="flex items-center gap-1">
            <li>
              <Link
                to="/play"
                className={navLink}
                activeProps={{
                  className: activeNavLink,
                  "aria-current": "page",
                }}
              >
                Play
              </Link>
            </li>
            <li>
              <Link
                to="/multiplayer"
                className={navLink}
                activeProps={{
                  className: activeNavLink,
                  "aria-current": "page",
                }}
              >
                Multiplayer
              </Link>
            </li>
            <li>
              <Link
                to="/about-words"
                className={navLink}
                activeProps={{
                  className: activeNavLink,
                  "aria-current": "page",
                }}
              >
                About the words
              </Link>
            </li>
          </ul>
        </nav>
        <AccountMenu />
      </div>
      <GuestBanner />
    </header>
  );
}
