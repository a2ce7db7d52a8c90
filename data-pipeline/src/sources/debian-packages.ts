import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** A Debian package fetched with `apt-get download` and unpacked with `dpkg-deb -x`. */
export interface DebianPackage {
  name: string;
  version: string;
  /** Directory the package's files were unpacked into (holds `usr/share/...`). */
  root: string;
}

/** `dict-freedict-eng-deu_2022.04.21-1_all.deb` → version `2022.04.21-1` (`%3a` is an epoch colon). */
export function versionFromDebFileName(packageName: string, fileName: string): string | undefined {
  const prefix = `${packageName}_`;
  if (!fileName.startsWith(prefix) || !fileName.endsWith(".deb")) return undefined;
  const [version] = fileName.slice(prefix.length, -".deb".length).split("_");
  return version === undefined ? undefined : decodeURIComponent(version);
}

function findDeb(debDirectory: string, packageName: string): { file: string; version: string } | undefined {
  const candidates = readdirSync(debDirectory)
    .map((file) => ({ file, version: versionFromDebFileName(packageName, file) }))
    .filter((candidate): candidate is { file: string; version: string } => candidate.version !== undefined)
    .sort((a, b) => a.file.localeCompare(b.file));
  return candidates.at(-1);
}

/**
 * Downloads (once) and unpacks a package into the cache. A package already in the
 * cache is reused, so a rebuild uses the same versions until the cache is cleared.
 */
export function fetchDebianPackage(packageName: string, cacheDirectory: string): DebianPackage {
  const debDirectory = join(cacheDirectory, "debs");
  mkdirSync(debDirectory, { recursive: true });
  let deb = findDeb(debDirectory, packageName);
  if (deb === undefined) {
    console.log(`apt-get download ${packageName}`);
    execFileSync("apt-get", ["download", packageName], { cwd: debDirectory, stdio: ["ignore", "ignore", "inherit"] });
    deb = findDeb(debDirectory, packageName);
    if (deb === undefined) throw new Error(`apt-get download ${packageName} produced no .deb`);
  }
  const root = join(cacheDirectory, "unpacked", `${packageName}_${deb.version}`);
  if (!existsSync(root)) {
    mkdirSync(root, { recursive: true });
    execFileSync("dpkg-deb", ["-x", join(debDirectory, deb.file), root]);
  }
  return { name: packageName, version: deb.version, root };
}
