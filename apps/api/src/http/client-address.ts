import type { IncomingMessage } from "node:http";

/**
 * The caller's address, as Express's req.ip works it out with TRUST_PROXY as a
 * hop count: the connection's address, or the one `trustProxy` proxies back in
 * X-Forwarded-For. For requests Express does not see (the WebSocket upgrade).
 */
export function clientAddressOf(req: IncomingMessage, trustProxy: number): string {
  const remote = req.socket?.remoteAddress ?? "unknown";
  const header = req.headers["x-forwarded-for"];
  if (trustProxy <= 0 || typeof header !== "string") return remote;
  const forwarded = header
    .split(",")
    .map((address) => address.trim())
    .filter(Boolean)
    .reverse();
  const chain = [remote, ...forwarded];
  return chain[Math.min(trustProxy, chain.length - 1)]!;
}
