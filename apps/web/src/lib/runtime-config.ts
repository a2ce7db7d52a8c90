/**
 * Where the API lives. Resolution order:
 *   1. window.__LILA_CONFIG__.apiUrl, set by /config.js at runtime (per deployment, no rebuild)
 *   2. VITE_API_URL, baked in at build time
 *   3. "" — the same origin as the page
 */
export interface RuntimeConfig {
  apiUrl?: string;
}

declare global {
  interface Window {
    __LILA_CONFIG__?: RuntimeConfig;
  }
}

export function resolveApiUrl(runtimeApiUrl: unknown, buildTimeApiUrl: unknown): string {
  for (const candidate of [runtimeApiUrl, buildTimeApiUrl]) {
    if (typeof candidate === "string" && candidate.trim() !== "") {
      return candidate.trim().replace(/\/+$/, "");
    }
  }
  return "";
}

export function apiBaseUrl(): string {
  const runtimeConfig = typeof window === "undefined" ? undefined : window.__LILA_CONFIG__;
  return resolveApiUrl(runtimeConfig?.apiUrl, import.meta.env.VITE_API_URL);
}
