/**
 * May a browser page from `origin` call us with the visitor's cookie? Yes when
 * it is one of the configured origins, or when the page was served by this very
 * server (the one-port local run on any host and port).
 */
export function isAllowedOrigin(origin: string, allowed: readonly string[], host: string | undefined): boolean {
  if (allowed.includes(origin.replace(/\/$/, ""))) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}
