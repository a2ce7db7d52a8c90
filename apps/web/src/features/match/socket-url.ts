/**
 * The /ws address on the API origin: the API base URL (empty = the page's own
 * origin) with http→ws and https→wss.
 */
export function socketUrl(apiBaseUrl: string, pageOrigin: string): string {
  const base = new URL(apiBaseUrl || pageOrigin, pageOrigin);
  base.protocol = base.protocol === "https:" ? "wss:" : "ws:";
  const path = base.pathname.replace(/\/+$/, "");
  return `${base.protocol}//${base.host}${path}/ws`;
}
