import { Link, useLocation } from "@tanstack/react-router";
import { useRef } from "react";
import { useCurrentUser } from "./auth.queries";
import { useSignOut } from "./auth-session";

const menuItem =
  "flex min-h-11 w-full items-center rounded-lg px-3 text-left text-sm font-medium text-slate-700 hover:bg-violet-50 hover:text-violet-800";

/** The header's corner: "Sign in" for visitors and guests, the account menu for users. */
export function AccountMenu() {
  const user = useCurrentUser();
  const signOut = useSignOut();
  const location = useLocation();
  const menu = useRef<HTMLDetailsElement>(null);

  if (user.isPending) return null;
  if (!user.data || user.data.isGuest) {
    if (location.pathname === "/sign-in") return null;
    return (
      <Link
        to="/sign-in"
        search={{ redirect: location.href }}
        className="inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-semibold text-violet-800 hover:bg-violet-50 sm:text-base"
      >
        Sign in
      </Link>
    );
  }

  function leave() {
    menu.current?.removeAttribute("open");
    signOut.mutate();
  }

  return (
    <details ref={menu} className="relative">
      <summary
        className="inline-flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-lg px-3 text-sm font-semibold text-slate-800 hover:bg-violet-50 sm:text-base"
        aria-label={`Account menu for ${user.data.name}`}
      >
        <span
          aria-hidden="true"
          className="inline-flex size-7 items-center justify-center rounded-full bg-violet-100 text-sm font-bold text-violet-800"
        >
          {user.data.name.slice(0, 1).toUpperCase()}
        </span>
        <span className="max-w-32 truncate">{user.data.name}</span>
      </summary>
      <div className="absolute right-0 z-10 mt-1 w-56 rounded-xl bg-white p-2 shadow-lg ring-1 ring-slate-200">
        <p className="truncate px-3 py-2 text-sm text-slate-500">{user.data.email}</p>
        <Link to="/account" className={menuItem} onClick={() => menu.current?.removeAttribute("open")}>
          Your account
        </Link>
        <button type="button" className={menuItem} onClick={leave}>
          Sign out
        </button>
      </div>
    </details>
  );
}
