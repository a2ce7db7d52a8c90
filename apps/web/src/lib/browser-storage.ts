/** The page's localStorage, or undefined where it is blocked (private mode, sandboxed frames) or absent. */
export function browserStorage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
