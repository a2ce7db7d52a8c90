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
  https?: boolean;
  httpPort?: number;
}): Record<string, string>;
export declare function loopbackOrigins(
  port: number,
  domain?: string,
  scheme?: "http" | "https",
): { web: string; api: string; git: string; www: string };
export declare const prometheusTemplatePath: string;
export declare const prometheusRulesDir: string;
export declare const blackboxConfigPath: string;
export declare function renderPrometheusTemplate(options: {
  targets: Record<string, string | string[]>;
  alertmanager?: string;
  blackbox?: string;
  interval?: string;
}): string;
export declare function renderBlackboxConfig(): string;
