import { useEffect, useRef, useState } from "react";
import { Button } from "../../ui/button";
import { fieldControl } from "../../ui/text-field";

/** Copies with the Clipboard API, else the old select-and-copy way; false if neither worked. */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused: try the fallback below.
  }
  const field = document.createElement("textarea");
  field.value = text;
  field.setAttribute("readonly", "");
  field.style.position = "fixed";
  field.style.opacity = "0";
  document.body.appendChild(field);
  field.select();
  let copied = false;
  try {
    // Deprecated, but the only way on plain-http pages and old browsers.
    copied = document.execCommand("copy");
  } catch {
    copied = false;
  }
  field.remove();
  return copied;
}

type CopyState = "idle" | "copied" | "failed";

/** "Copy link" with a spoken confirmation; when copying is impossible the link is shown selected. */
export function CopyLinkButton({ link }: { link: string }) {
  const [state, setState] = useState<CopyState>("idle");
  const linkField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state === "failed") linkField.current?.select();
    if (state !== "copied") return;
    const timer = setTimeout(() => setState("idle"), 3_000);
    return () => clearTimeout(timer);
  }, [state]);

  return (
    <div className="space-y-2">
      <Button
        variant="secondary"
        className="w-full sm:w-auto"
        onClick={() => void copyText(link).then((ok) => setState(ok ? "copied" : "failed"))}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1" />
          <path d="M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1" />
        </svg>
        Copy link
      </Button>
      <p role="status" aria-live="polite" className="min-h-6 text-sm font-medium text-green-800">
        {state === "copied" ? "Link copied" : ""}
      </p>
      {state === "failed" ? (
        <label className="block text-sm text-slate-700">
          Copying isn't allowed here. Copy this link by hand:
          <input
            ref={linkField}
            readOnly
            value={link}
            className={`${fieldControl} mt-1 font-mono text-sm`}
            onFocus={(event) => event.target.select()}
          />
        </label>
      ) : null}
    </div>
  );
}
