import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

// Component tests run in jsdom (a `// @vitest-environment jsdom` docblock per file) inside the unit project,
// without vitest globals, so Testing Library cannot register its own cleanup or tell React about act().
declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;
afterEach(cleanup);

/** jsdom has no matchMedia; components that follow "prefers-reduced-motion" get this answer. */
export function stubMatchMedia(matches = false): void {
  window.matchMedia = (query: string) =>
    ({
      matches,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }) satisfies MediaQueryList;
}
