import { Link } from "@tanstack/react-router";
import { Notice } from "../../ui/notice";
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
      <Notice
        tone="warning"
        size="compact"
        icon={
          <span
            aria-hidden="true"
            className="mt-1.5 inline-block size-3 shrink-0 animate-pulse rounded-full bg-amber-500"
          />
        }
      >
        Reconnecting… Your seat and score are kept.
      </Notice>
    );
  } else if (status === "unauthorized") {
    content = (
      <Notice tone="error" size="compact" icon={null}>
        Your session has ended.{" "}
        <Link to="/join/$code" params={{ code }} className="underline underline-offset-2">
          Join the lobby again
        </Link>
      </Notice>
    );
  }
  // Always on the page, so the change is announced when it fills in.
  return (
    <div role="status" aria-live="polite">
      {content}
    </div>
  );
}
