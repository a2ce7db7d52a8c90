import type { ChildProcess } from "node:child_process";

export declare function freePort(): Promise<number>;
export declare function waitForPort(
  port: number,
  options?: { timeoutMs?: number; child?: ChildProcess },
): Promise<void>;
export declare function prepareWebRoot(
  webRoot: string,
  apiUrl: string | null | undefined,
  scratch: string,
): Promise<string>;
export declare function waitForTls(
  port: number,
  servername: string,
  options?: { timeoutMs?: number; child?: ChildProcess },
): Promise<void>;
export interface Topology {
  origins: { web: string; api: string; git: string; www: string };
  /** The public port: HTTP, or HTTPS when started with `https: true`. */
  caddyPort: number;
  /** With `https: true`: Caddy's plain-HTTP (redirect) port. */
  httpPort: number | undefined;
  nginxPort: number;
  /** The served copy of the web root (with config.js written). */
  webRoot: string;
  scratch: string;
  /** Recent nginx/caddy stdout+stderr chunks (nginx logs go to files in scratch). */
  logs: string[];
  stop(): Promise<void>;
}
export declare function startTopology(options: {
  webRoot: string;
  apiUpstream: string;
  gitUpstream?: string;
  port?: number;
  apiUrl?: string | null;
  domain?: string;
  https?: boolean;
}): Promise<Topology>;
