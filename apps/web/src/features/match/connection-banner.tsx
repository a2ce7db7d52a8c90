import { Link } from "@tanstack/react-router";
import type { ConnectionStatus } from "./match-socket";

interface ConnectionBannerProps {
  status: ConnectionStatus;
  /** Whether we were connected before (the first connection is not a "re"connect). */
  hasLobby: boolean;
  code: string;
}

/** Says plainly when the connection is gone; silent while all is well. */
export function ConnectionBanner({ status, hasLobby, code }: ConnectionBannerProps) {
  let content = null;
  if (status === "reconnecting" || (status === "connecting" && hasLobby)) {
    content = (
      <p className="flex items-center gap-2 rounded-2xl bg-amber-50 px-4 py-3 font-medium text-amber-950 ring-1 ring-amber-300">
        <span aria-hidden="true" className="inline-block size-3 shrink-0 animate-pulse rounded-full bg-amber-500" />
        Reconnecting… Your seat and score are kept.
      </p>
    );
  } else if (status === "unauthorized") {
    content = (
      <p className="rounded-2xl bg-red-50 px-4 py-3 font-medium text-red-900 ring-1 ring-red-300">
        Your session has ended.{" "}
        <Link to="/join/$code" params={{ code }} className="underline underline-offset-2">
          Join the lobby again
        </Link>
      </p>
    );
  }
  return (
    <div role="status" aria-live="polite">
      {content}
    </div>
  );
}
