export interface ReplayedStage {
  /** The stage's filesystem root on the host; container path /x is `${dir}/x`. */
  dir: string;
  env: Record<string, string>;
  args: Record<string, string>;
  workdir: string;
  user: string;
  cmd: string[] | undefined;
  healthcheck: string[] | undefined;
  exposed: string[];
  /** Host path of a container path (default: the WORKDIR). */
  appDir(containerPath?: string): string;
  /** Names of the stages replayed, in order. */
  stages: string[];
}
export declare function parseDockerfile(text: string): Array<{ op: string; args: string }>;
export declare function dockerignore(contextDir: string): (relativePath: string) => boolean;
export declare function replayDockerfile(options: {
  dockerfile: string;
  target: string;
  dest: string;
  context?: string;
  buildArgs?: Record<string, string>;
  log?: (line: string) => void;
}): ReplayedStage;
/** replayDockerfile() in a child process (several replays at once; the caller's event loop stays free). */
export declare function replayDockerfileInChild(options: {
  dockerfile: string;
  target: string;
  dest: string;
  /** Added to the child's environment, which RUN lines inherit. */
  env?: Record<string, string>;
  log?: (chunk: string) => void;
}): Promise<ReplayedStage>;
