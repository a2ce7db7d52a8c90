// Replays a Dockerfile's stages natively, without a Docker engine: each stage's
// filesystem is a directory, COPY copies from the build context (honouring
// .dockerignore) or from an earlier stage, RUN runs with the host's node/npm, ENV
// and WORKDIR are tracked. Only the target and the stages it needs are replayed.
// It is how the tests check what apps/api/Dockerfile really puts in the image
// (production dependencies only, the runtime files, a CMD and HEALTHCHECK that
// work) on a machine where images cannot be built.
//
// Not replayed: the base image's contents (the host's Node stands in for it),
// USER (recorded only), and `npm cache clean` (it would clear the host's cache).
// A RUN that names a path outside /app is refused (it would change the host), so
// only the Node stages are replayable (e.g. apps/web/Dockerfile up to `builder`).
//
// CLI: node scripts/prod-topology/replay-dockerfile.mjs apps/api/Dockerfile runner /tmp/out
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { repoRoot } from "./render.mjs";

/** Instructions with line continuations joined and comments dropped. */
export function parseDockerfile(text) {
  const joined = text.replace(/\\\r?\n/g, " ");
  const instructions = [];
  for (const raw of joined.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const match = /^(\S+)\s*(.*)$/.exec(line);
    instructions.push({ op: match[1].toUpperCase(), args: match[2].trim() });
  }
  return instructions;
}

function substitute(value, vars) {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, a, b) => vars[a ?? b] ?? "");
}

/** KEY=value pairs (ENV/ARG syntax, double quotes allowed). */
function parseAssignments(args) {
  const out = [];
  const re = /([A-Za-z_][A-Za-z0-9_]*)(?:=("(?:[^"\\]|\\.)*"|\S*))?/g;
  let m;
  while ((m = re.exec(args))) {
    let value = m[2];
    if (value?.startsWith('"')) value = JSON.parse(value);
    out.push([m[1], value]);
  }
  return out;
}

/** .dockerignore patterns as a predicate over context-relative paths. */
export function dockerignore(contextDir) {
  const file = path.join(contextDir, ".dockerignore");
  if (!existsSync(file)) return () => false;
  const rules = readFileSync(file, "utf8")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => {
      const negate = l.startsWith("!");
      const pattern = (negate ? l.slice(1) : l).replace(/^\/+/, "").replace(/\/+$/, "");
      const source = pattern
        .split("/")
        .map((part) =>
          part === "**"
            ? "\uE000"
            : part
                .replace(/[.+^${}()|[\]\\]/g, "\\$&")
                .replace(/\*/g, "[^/]*")
                .replace(/\?/g, "[^/]"),
        )
        .join("/")
        .replace(/\uE000\//g, "(?:.*/)?")
        .replace(/\/\uE000/g, "(?:/.*)?")
        .replace(/\uE000/g, ".*");
      return { negate, re: new RegExp(`^${source}$`) };
    });
  return (relative) => {
    // A path is excluded when it or one of its parents matches (last rule wins).
    const parts = relative.split("/");
    let excluded = false;
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join("/");
      for (const rule of rules) if (rule.re.test(prefix)) excluded = !rule.negate;
      if (excluded && i < parts.length) return true;
    }
    return excluded;
  };
}

function copyInto(source, target, filter) {
  const stat = statSync(source);
  if (stat.isDirectory()) {
    mkdirSync(target, { recursive: true });
    // Docker copies a directory's contents, not the directory itself.
    for (const entry of readdirSync(source)) {
      cpSync(path.join(source, entry), path.join(target, entry), { recursive: true, filter, verbatimSymlinks: true });
    }
  } else {
    const dest =
      target.endsWith(path.sep) || (existsSync(target) && statSync(target).isDirectory())
        ? path.join(target, path.basename(source))
        : target;
    mkdirSync(path.dirname(dest), { recursive: true });
    cpSync(source, dest, { filter });
  }
}

/**
 * @param {{ dockerfile: string, target: string, dest: string, context?: string, buildArgs?: Record<string,string>, log?: (line: string) => void }} options
 * @returns the target stage: { dir (its filesystem root), env, workdir, user, cmd, healthcheck, exposed, stages }
 */
export function replayDockerfile({ dockerfile, target, dest, context = repoRoot, buildArgs = {}, log = () => {} }) {
  const instructions = parseDockerfile(readFileSync(path.resolve(context, dockerfile), "utf8"));
  const ignored = dockerignore(context);

  // Split into stages; global ARGs (before the first FROM) feed FROM lines.
  const globalArgs = {};
  const stages = [];
  for (const ins of instructions) {
    if (ins.op === "FROM") {
      const m = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(ins.args);
      stages.push({
        from: substitute(m[1], { ...globalArgs, ...buildArgs }),
        name: m[2] ?? String(stages.length),
        body: [],
      });
    } else if (stages.length === 0) {
      if (ins.op === "ARG") for (const [k, v] of parseAssignments(ins.args)) globalArgs[k] = buildArgs[k] ?? v ?? "";
    } else {
      stages.at(-1).body.push(ins);
    }
  }
  const byName = new Map(stages.map((s) => [s.name, s]));
  if (!byName.has(target)) throw new Error(`${dockerfile}: no stage named ${target}`);

  // The stages the target needs: its FROM chain and every COPY --from.
  const needed = new Set();
  const visit = (name) => {
    if (needed.has(name) || !byName.has(name)) return;
    const stage = byName.get(name);
    visit(stage.from);
    for (const ins of stage.body) {
      const from = ins.op === "COPY" && /--from=(\S+)/.exec(ins.args)?.[1];
      if (from) visit(from);
    }
    needed.add(name);
  };
  visit(target);

  const results = new Map();
  for (const stage of stages) {
    if (!needed.has(stage.name)) continue;
    const parent = results.get(stage.from);
    const dir = parent ? parent.dir : path.join(dest, `stage-${stage.name}`);
    if (!parent) mkdirSync(dir, { recursive: true });
    // A stage built FROM another continues in its directory (the parent is not reused afterwards here).
    const state = parent
      ? { ...parent, env: { ...parent.env }, args: { ...parent.args }, name: stage.name }
      : {
          name: stage.name,
          dir,
          env: {},
          args: {},
          workdir: "/",
          user: "root",
          cmd: undefined,
          healthcheck: undefined,
          exposed: [],
        };
    const vars = () => ({ ...state.args, ...state.env });
    const host = (p) => path.join(state.dir, path.posix.resolve(state.workdir, p));
    log(`--- stage ${stage.name} (FROM ${stage.from})`);

    for (const ins of stage.body) {
      const args =
        ins.op === "RUN" || ins.op === "CMD" || ins.op === "HEALTHCHECK" ? ins.args : substitute(ins.args, vars());
      switch (ins.op) {
        case "ARG":
          for (const [k, v] of parseAssignments(args)) state.args[k] = buildArgs[k] ?? globalArgs[k] ?? v ?? "";
          break;
        case "ENV":
          for (const [k, v] of parseAssignments(args)) state.env[k] = v ?? "";
          break;
        case "WORKDIR":
          state.workdir = path.posix.resolve(state.workdir, args);
          mkdirSync(host("."), { recursive: true });
          break;
        case "COPY": {
          const words = args.split(/\s+/);
          const from = words.find((w) => w.startsWith("--from="))?.slice("--from=".length);
          const plain = words.filter((w) => !w.startsWith("--"));
          const target = plain.pop();
          for (const src of plain) {
            const targetPath = target.endsWith("/") ? host(target) + path.sep : host(target);
            if (from) {
              const sourceStage = results.get(from);
              if (!sourceStage) throw new Error(`COPY --from=${from}: stage not replayed`);
              copyInto(path.join(sourceStage.dir, src), targetPath, () => true);
            } else {
              const abs = path.join(context, src);
              copyInto(abs, targetPath, (file) => {
                const rel = path.relative(context, file).split(path.sep).join("/");
                return rel === "" || !ignored(rel);
              });
            }
          }
          log(`COPY ${args}`);
          break;
        }
        case "RUN": {
          // Never clear the host's npm cache.
          const command = substitute(args, vars()).replace(/&&\s*npm cache clean --force/g, "");
          // RUN executes on the host: a container path outside /app (rm -f /etc/...) would
          // hit the host's own files. Such stages (e.g. the nginx one) are not replayable.
          if (/(^|[\s=;&|'"])\/(?!app(\/|\s|$))[A-Za-z]/.test(command)) {
            throw new Error(
              `stage ${stage.name}: RUN ${command} uses a path outside /app; refusing to run it on the host`,
            );
          }
          log(`RUN ${command}`);
          const result = spawnSync("sh", ["-c", command], {
            cwd: host("."),
            env: { ...process.env, ...vars() },
            encoding: "utf8",
            maxBuffer: 64 * 1024 * 1024,
          });
          if (result.status !== 0) {
            throw new Error(
              `stage ${stage.name}: RUN ${command} failed (${result.status})\n${result.stdout}\n${result.stderr}`,
            );
          }
          break;
        }
        case "USER":
          state.user = args;
          break;
        case "EXPOSE":
          state.exposed.push(...args.split(/\s+/));
          break;
        case "CMD":
          state.cmd = JSON.parse(args);
          break;
        case "HEALTHCHECK": {
          const m = /CMD\s+(\[.*\])\s*$/.exec(args);
          state.healthcheck = m ? JSON.parse(m[1]) : undefined;
          break;
        }
        default:
          // STOPSIGNAL, LABEL, ENTRYPOINT...: recorded nowhere, not needed natively.
          break;
      }
    }
    results.set(stage.name, state);
  }
  const result = results.get(target);
  return { ...result, appDir: (p = result.workdir) => path.join(result.dir, p), stages: [...needed] };
}

/**
 * replayDockerfile() in a child process (this file's CLI), so several images
 * replay at once without blocking the caller's event loop. Resolves to the same
 * result; rejects with the child's output when a step fails.
 * @param {{ dockerfile: string, target: string, dest: string, env?: Record<string, string>, log?: (chunk: string) => void }} options
 *   env: added to the child's environment, which RUN lines inherit (e.g. npm_config_prefer_offline).
 */
export function replayDockerfileInChild({ dockerfile, target, dest, env = {}, log = () => {} }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), "--json", dockerfile, target, dest], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
      log(chunk.toString());
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) {
        reject(new Error(`replaying ${dockerfile} (${target}) failed (${code}):\n${stderr.slice(-20_000)}`));
        return;
      }
      const result = JSON.parse(stdout);
      resolve({ ...result, appDir: (p = result.workdir) => path.join(result.dir, p) });
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // --json: the log goes to stderr and the whole result (as JSON) to stdout.
  const json = process.argv[2] === "--json";
  const [dockerfile, target, dest] = process.argv.slice(json ? 3 : 2);
  if (!dockerfile || !target || !dest) {
    console.error("usage: replay-dockerfile.mjs [--json] DOCKERFILE TARGET DEST_DIR");
    process.exit(2);
  }
  const stage = replayDockerfile({
    dockerfile,
    target,
    dest: path.resolve(dest),
    log: (l) => (json ? console.error(l) : console.log(l)),
  });
  console.log(
    JSON.stringify(
      // (JSON leaves out the appDir function.)
      json
        ? stage
        : {
            dir: stage.dir,
            workdir: stage.workdir,
            user: stage.user,
            env: stage.env,
            cmd: stage.cmd,
            healthcheck: stage.healthcheck,
          },
      null,
      2,
    ),
  );
}
