import { Link, useLocation } from "@tanstack/react-router";
import { textLink } from "../../ui/button";
import { useCurrentUser } from "./auth.queries";

/** A quiet line for guests: their games are kept only if they make an account. */
export function GuestBanner() {
  const user = useCurrentUser();
  const location = useLocation();
  if (!user.data?.isGuest || location.pathname === "/sign-in") return null;
  return (
    <div role="note" className="border-b border-violet-100 bg-violet-50 px-4 py-2 text-center text-sm text-violet-900">
      <Link to="/sign-in" search={{ redirect: location.href, mode: "sign-up" }} className={textLink}>
        Create an account to keep your progress
      </Link>
    </div>
  );
}
