import type { ReactNode } from "react";

export type NoticeTone = "error" | "warning" | "info";

const tones: Record<NoticeTone, { box: string; badge: string }> = {
  error: { box: "border-red-200 bg-red-50 text-red-900", badge: "bg-red-700" },
  warning: { box: "border-amber-300 bg-amber-50 text-amber-950", badge: "bg-amber-700" },
  info: { box: "border-slate-200 bg-white text-slate-700", badge: "bg-slate-600" },
};

interface NoticeProps {
  tone: NoticeTone;
  children: ReactNode;
  /**
   * "alert" for a problem that appears after an action. Leave it out when the
   * notice is placed inside a live region that is always on the page.
   */
  role?: "alert" | "status";
  /** Buttons or links under the message (Retry, Start a new game…). */
  actions?: ReactNode;
  /** Shows a × button named "Dismiss". */
  onDismiss?: () => void;
  /** Replaces the "!" badge of errors and warnings; null for none. */
  icon?: ReactNode;
  /** compact: one line in a running page (a lost connection); roomy: a page's main message. */
  size?: "compact" | "roomy";
}

/** A message about the state of things, in plain words; never relies on colour alone. */
export function Notice({ tone, children, role, actions, onDismiss, icon, size = "roomy" }: NoticeProps) {
  const { box, badge } = tones[tone];
  const defaultIcon =
    tone === "info" ? null : (
      <span
        aria-hidden="true"
        className={`inline-flex size-6 shrink-0 items-center justify-center rounded-full text-sm font-bold text-white ${badge}`}
      >
        !
      </span>
    );
  const shownIcon = icon === undefined ? defaultIcon : icon;
  return (
    <div role={role} className={`border ${box} ${size === "roomy" ? "rounded-2xl p-5" : "rounded-xl px-4 py-3"}`}>
      <div className="flex items-start gap-3">
        {shownIcon}
        <div className="min-w-0 flex-1 font-medium">{children}</div>
        {onDismiss ? (
          <button
            type="button"
            onClick={onDismiss}
            className="-my-2 -mr-2 inline-flex size-11 shrink-0 items-center justify-center rounded-lg text-xl hover:bg-black/5"
            aria-label="Dismiss"
          >
            <span aria-hidden="true">×</span>
          </button>
        ) : null}
      </div>
      {actions ? <div className="mt-4 flex flex-wrap gap-3">{actions}</div> : null}
    </div>
  );
}
