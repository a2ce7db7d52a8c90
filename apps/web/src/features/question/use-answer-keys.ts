import { useEffect, useRef } from "react";

interface AnswerKeysOptions {
  /** Keys 1–4 pick the option at that position while this is true. */
  canAnswer: boolean;
  onAnswerAt: (position: number) => void;
  /** Enter or Space continue while this is true. */
  canContinue: boolean;
  onContinue: () => void;
}

function isTypingOrActivating(target: EventTarget | null): {
  typing: boolean;
  activating: boolean;
} {
  const element = target instanceof Element ? target : null;
  return {
    typing: Boolean(element?.closest("input, select, textarea, [contenteditable='true']")),
    // Enter/Space on a focused button or link already clicks it; handling it here too would skip a question.
    activating: Boolean(element?.closest("button, a, summary, [role='button']")),
  };
}

export function useAnswerKeys(options: AnswerKeysOptions): void {
  // The listener is attached once and reads the latest options through this ref.
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
      const { typing, activating } = isTypingOrActivating(event.target);
      if (typing) return;
      const current = latest.current;
      if (current.canAnswer && /^[1-4]$/.test(event.key)) {
        event.preventDefault();
        current.onAnswerAt(Number(event.key) - 1);
      } else if (current.canContinue && !activating && (event.key === "Enter" || event.key === " ")) {
        event.preventDefault();
        current.onContinue();
      }
    }
    window.addEventListener("keydown", handleKeyDown);
    return () => window.removeEventListener("keydown", handleKeyDown);
  }, []);
}
