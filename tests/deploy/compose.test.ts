import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { requireCommand } from "../support/external.js";

const root = path.resolve(import.meta.dirname, "../..");
const prodFile = path.join(root, "docker-compose.prod.yml");
const devFile = path.join(root, "docker-compose.yml");

/** The variables docker-compose.prod.yml requires (`${VAR:?}`), with harmless values. */
const dummyEnv: Record<string, string> = {
  LILA_DOMAIN: "example.com",
  ACME_EMAIL: "ops@example.com",
  LILA_REGISTRY: "git.example.com/lila",
  POSTGRES_PASSWORD: "0123456789abcdef",
  BETTER_AUTH_SECRET: "0123456789abcdef0123456789abcdef",
  FORGEJO_IMAGE: "registry.example/forgejo/forgejo:11",
  FORGEJO_SECRET_KEY: "0123456789abcdef",
};

type Service = {
  image?: string;
  ports?: string[];
  healthcheck?: { test?: string[] | string; disable?: boolean };
  depends_on?: Record<string, { condition?: string }> | string[];
  restart?: string;
  networks?: string[] | Record<string, unknown>;
  volumes?: string[];
  environment?: Record<string, string>;
  mem_limit?: string;
  memswap_limit?: string;
  cpus?: number;
};
type Compose = {
  name?: string;
  services: Record<string, Service>;
  networks?: Record<string, { name?: string } | null>;
  volumes?: Record<string, { name?: string } | null>;
};

const prod = parse(readFileSync(prodFile, "utf8")) as Compose;

function composeConfig(file: string, env: Record<string, string> = {}) {
  // An empty working directory and env file: nothing from a developer's .env leaks in.
  const dir = mkdtempSync(path.join(tmpdir(), "lila-compose-"));
  const envFile = path.join(dir, "test.env");
  writeFileSync(
    envFile,
    Object.entries(env)
      .map(([k, v]) => `${k}=${v}\n`)
      .join(""),
  );
  const cleanEnv = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !k.startsWith("LILA_") && !k.startsWith("COMPOSE_") && !(k in dummyEnv),
    ),
  );
  return spawnSync("docker-compose", ["--env-file", envFile, "-f", file, "config", "-q"], {
    encoding: "utf8",
    env: cleanEnv,
  });
}

describe.skipIf(!requireCommand("docker-compose", "apt-get install docker-compose"))("docker-compose config -q", () => {
  it("accepts docker-compose.yml (development) without any env", () => {
    const result = composeConfig(devFile);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("accepts docker-compose.prod.yml with the required variables set", () => {
    const result = composeConfig(prodFile, dummyEnv);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("refuses docker-compose.prod.yml when a required secret is missing", () => {
    const { BETTER_AUTH_SECRET: _omit, ...partial } = dummyEnv;
    const result = composeConfig(prodFile, partial);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("BETTER_AUTH_SECRET");
  });
});

describe.skipIf(!requireCommand("yamllint"))("yamllint", () => {
  it.each([prodFile, devFile])("%s has no YAML errors or warnings", (file) => {
    const result = spawnSync("yamllint", ["-d", "{extends: relaxed, rules: {line-length: {max: 200}}}", file], {
      encoding: "utf8",
    });
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});

describe("docker-compose.prod.yml", () => {
  const services = prod.services;
  const names = Object.keys(services);

  it("has the production services and no top-level name (docker-compose v1 rejects it)", () => {
    expect(prod.name).toBeUndefined();
    expect(names.sort()).toEqual([
      "alertmanager",
      "api",
      "blackbox-exporter",
      "caddy",
      "database",
      "forgejo",
      "node-exporter",
      "postgres-exporter",
      "prometheus",
      "valkey",
      "valkey-exporter",
      "web",
    ]);
  });

  it("publishes only Caddy's 80/443 and Forgejo's SSH 2222", () => {
    const published: string[] = [];
    for (const [name, service] of Object.entries(services)) {
      for (const port of service.ports ?? []) published.push(`${name} ${String(port)}`);
      expect((service as Record<string, unknown>).network_mode, name).toBeUndefined();
    }
    expect(published.sort()).toEqual(["caddy 443:443", "caddy 443:443/udp", "caddy 80:80", "forgejo 2222:22"]);
  });

  it("gives every service a health check", () => {
    for (const [name, service] of Object.entries(services)) {
      expect(service.healthcheck, name).toBeDefined();
      expect(service.healthcheck?.disable, name).not.toBe(true);
      expect(service.healthcheck?.test, name).toBeTruthy();
    }
  });

  it("waits for healthy dependencies (depends_on condition: service_healthy)", () => {
    let edges = 0;
    for (const [name, service] of Object.entries(services)) {
      if (!service.depends_on) continue;
      expect(Array.isArray(service.depends_on), `${name}: long form needed for conditions`).toBe(false);
      for (const [dep, spec] of Object.entries(service.depends_on)) {
        expect(names, `${name} depends on unknown ${dep}`).toContain(dep);
        expect(spec.condition, `${name} -> ${dep}`).toBe("service_healthy");
        edges++;
      }
    }
    expect(services.api?.depends_on).toMatchObject({ database: {}, valkey: {} });
    expect(services.caddy?.depends_on).toMatchObject({ api: {}, web: {} });
    expect(edges).toBeGreaterThanOrEqual(4);
  });

  it("starts Caddy without waiting for Forgejo (a git outage must not take the site down)", () => {
    expect(Object.keys(services.caddy?.depends_on ?? {}).sort()).toEqual(["api", "web"]);
  });

  it("limits every container's memory (without swap) and CPU, within the 4 GB VPS", () => {
    const bytes = (value: string) => {
      const m = /^(\d+)([kmg])$/i.exec(value);
      expect(m, value).not.toBeNull();
      return Number(m![1]) * { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m![2]!.toLowerCase() as "k" | "m" | "g"];
    };
    let total = 0;
    for (const [name, service] of Object.entries(services)) {
      expect(service.mem_limit, `${name} mem_limit`).toBeDefined();
      expect(service.memswap_limit, `${name} memswap_limit (no swap)`).toBe(service.mem_limit);
      expect(service.cpus, `${name} cpus`).toBeGreaterThan(0);
      expect(service.cpus, `${name} cpus`).toBeLessThanOrEqual(2);
      total += bytes(service.mem_limit!);
    }
    // Room left for the kernel, Docker, the runner and image builds.
    expect(total / 1024 ** 3).toBeLessThan(3.25);
  });

  it("bind-mounts directories, never single files (a replaced file would never reach the container)", () => {
    for (const [name, service] of Object.entries(services)) {
      for (const volume of service.volumes ?? []) {
        const source = volume.split(":")[0]!;
        if (!source.startsWith("./")) continue;
        expect(statSync(path.join(root, source)).isDirectory(), `${name}: ${volume}`).toBe(true);
      }
    }
    expect(services.caddy?.volumes).toContain("./caddy:/etc/caddy:ro");
    expect(existsSync(path.join(root, "caddy/Caddyfile"))).toBe(true);
  });

  it("names Forgejo's image in .env (a bare forgejo:11 cannot be pulled)", () => {
    expect(services.forgejo?.image).toMatch(/^\$\{FORGEJO_IMAGE:\?/);
  });

  it("keeps the database in the named volume lila-db on postgres:16", () => {
    expect(services.database?.image).toBe("postgres:16");
    expect(services.database?.volumes).toContain("lila-db:/var/lib/postgresql/data");
    expect(Object.keys(prod.volumes ?? {})).toContain("lila-db");
    expect(prod.volumes?.["lila-db"]?.name).toBe("lila-db");
  });

  it("puts every service on the one network lila-network", () => {
    expect(Object.keys(prod.networks ?? {})).toEqual(["lila-network"]);
    for (const [name, service] of Object.entries(services)) {
      const nets = Array.isArray(service.networks) ? service.networks : Object.keys(service.networks ?? {});
      expect(nets, name).toEqual(["lila-network"]);
    }
  });

  it("restarts every service", () => {
    for (const [name, service] of Object.entries(services)) {
      expect(["always", "unless-stopped"], name).toContain(service.restart);
    }
  });

  it("takes secrets from .env, never literal values", () => {
    const text = readFileSync(prodFile, "utf8");
    expect(text).toMatch(/POSTGRES_PASSWORD: \$\{POSTGRES_PASSWORD/);
    expect(text).toMatch(/BETTER_AUTH_SECRET: \$\{BETTER_AUTH_SECRET:\?/);
    for (const secret of ["GOOGLE_CLIENT_SECRET", "GITHUB_CLIENT_SECRET"]) {
      expect(services.api?.environment?.[secret]).toMatch(/^\$\{/);
    }
  });

  it("configures the API for production behind one proxy", () => {
    const env = services.api?.environment ?? {};
    expect(env.NODE_ENV).toBe("production");
    expect(env.DATABASE_URL).toMatch(/@database:5432\/lila$/);
    expect(env.VALKEY_URL).toBe("redis://valkey:6379");
    expect(env.COOKIE_DOMAIN).toBe(".${LILA_DOMAIN}");
    expect(env.TRUST_PROXY).toBe("1");
    expect(services.web?.environment?.LILA_API_URL).toBe("https://api.${LILA_DOMAIN}");
    expect(JSON.stringify(services.api?.healthcheck?.test)).toContain("/api/v1/");
    expect(JSON.stringify(services.api?.healthcheck?.test)).not.toContain("curl");
  });

  it("documents the Valkey vm.overcommit_memory setting where the stack is defined", () => {
    expect(readFileSync(prodFile, "utf8")).toContain("vm.overcommit_memory=1");
  });
});

describe(".env.example", () => {
  const example = readFileSync(path.join(root, ".env.example"), "utf8");
  const listed = new Set([...example.matchAll(/^(?:# )?([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));

  it("lists every variable the compose files interpolate", () => {
    for (const file of [prodFile, devFile]) {
      const used = [...readFileSync(file, "utf8").matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]);
      for (const name of used) expect(listed.has(name), `${name} (${path.basename(file)})`).toBe(true);
    }
  });

  it("lists every variable the API's environment schema reads", () => {
    const schemaFile = path.join(root, "apps/api/src/config/env.ts");
    const schema = readFileSync(schemaFile, "utf8");
    const keys = [...schema.matchAll(/^\s{2}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(5);
    for (const name of keys) expect(listed.has(name), `${name} (apps/api/src/config/env.ts)`).toBe(true);
  });

  it("lists every variable of the app and the backup scripts, with a production value", () => {
    const required = [
      "NODE_ENV",
      "PORT",
      "DATABASE_URL",
      "VALKEY_URL",
      "BETTER_AUTH_URL",
      "BETTER_AUTH_SECRET",
      "CORS_ORIGIN",
      "COOKIE_DOMAIN",
      "GOOGLE_CLIENT_ID",
      "GOOGLE_CLIENT_SECRET",
      "GITHUB_CLIENT_ID",
      "GITHUB_CLIENT_SECRET",
      "LOG_LEVEL",
      "TRUST_PROXY",
      "VITE_API_URL",
      "LILA_API_URL",
      "POSTGRES_PASSWORD",
      "LILA_DOMAIN",
      "BACKUP_DIR",
      "BACKUP_KEEP",
      "BACKUP_S3_BUCKET",
      "BACKUP_S3_ENDPOINT",
      "BACKUP_S3_ACCESS_KEY_ID",
      "BACKUP_S3_SECRET_ACCESS_KEY",
    ];
    const scripts = ["backup.sh", "restore.sh", "sync-backups.sh"].map((f) =>
      readFileSync(path.join(root, "scripts", f), "utf8"),
    );
    const scriptVars = scripts.flatMap((s) => [...s.matchAll(/\$\{?((?:BACKUP|LILA)_[A-Z0-9_]+)/g)].map((m) => m[1]!));
    for (const name of [...required, ...scriptVars]) {
      if (name === "BACKUP_ENV_FILE") continue; // set by the cron line, not a setting
      expect(listed.has(name), name).toBe(true);
    }
    // Each active or optional line is followed by its production value.
    const lines = example.split("\n");
    for (const name of required) {
      const at = lines.findIndex((l) => new RegExp(`^(# )?${name}=`).test(l));
      const block = lines.slice(at, at + 6).join("\n");
      expect(block, name).toMatch(/prod:/);
    }
  });
});
