import { useEffect, useRef } from "react";

/**
 * Moves focus to the returned element each time `trigger` changes to a value
 * other than null, undefined or false: a new question to its prompt, an
 * answer to the way on, a result to its heading. Screen readers then read the
 * new content, and keyboard users continue from there.
 */
export function useMoveFocus<T extends HTMLElement>(trigger: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (trigger !== null && trigger !== undefined && trigger !== false) ref.current?.focus();
  }, [trigger]);
  return ref;
}
