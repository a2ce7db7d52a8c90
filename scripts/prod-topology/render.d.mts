export declare const repoRoot: string;
export declare const nginxConfPath: string;
export declare const caddyfilePath: string;
export declare const entrypointScriptPath: string;
export declare function renderNginxConf(options: { root: string; port: number; prefix: string; host?: string }): string;
export declare function caddyEnv(options: {
  port: number;
  webUpstream: string;
  apiUpstream: string;
  gitUpstream?: string;
  domain?: string;
}): Record<string, string>;
export declare function loopbackOrigins(
  port: number,
  domain?: string,
): { web: string; api: string; git: string; www: string };
