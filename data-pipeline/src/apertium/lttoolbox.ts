import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fetchDebianPackage } from "../sources/debian-packages.js";

/**
 * `lt-proc` ships in Debian's lttoolbox package, `lt-print` only in lttoolbox-dev.
 * When `lt-print` is not on the PATH the dev package is downloaded into the cache and
 * its binary run from there (it links the installed liblttoolbox).
 */
export function findLtPrint(cacheDirectory: string): string {
  const onPath = spawnSync("sh", ["-c", "command -v lt-print"], { encoding: "utf8" });
  if (onPath.status === 0 && onPath.stdout.trim() !== "") return onPath.stdout.trim();
  const devPackage = fetchDebianPackage("lttoolbox-dev", cacheDirectory);
  const binary = join(devPackage.root, "usr/bin/lt-print");
  if (!existsSync(binary)) throw new Error("lttoolbox-dev has no usr/bin/lt-print");
  return binary;
}

/** Prints a compiled transducer as AT&T text. */
export function printTransducer(ltPrint: string, transducerPath: string): string {
  return execFileSync(ltPrint, [transducerPath], { encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 });
}

export interface Analysis {
  lemma: string;
  tags: string[];
}

/**
 * Parses one `lt-proc` output unit, `^houses/house<n><pl>/house<vblex><pri><p3><sg>$`,
 * into the surface form and its analyses. Unknown words (`*maison`) have none.
 */
export function parseLtProcUnit(unit: string): { surface: string; analyses: Analysis[] } | undefined {
  const match = /^\^(.*)\$$/.exec(unit.trim());
  if (match?.[1] === undefined) return undefined;
  const [surface = "", ...readings] = match[1].split("/");
  const analyses: Analysis[] = [];
  for (const reading of readings) {
    if (reading.startsWith("*")) continue;
    const tagStart = reading.indexOf("<");
    if (tagStart <= 0) continue;
    const lemma = reading.slice(0, tagStart);
    const tags = [...reading.slice(tagStart).matchAll(/<([^<>]+)>/g)].map((tag) => tag[1] ?? "");
    analyses.push({ lemma, tags });
  }
  return { surface, analyses };
}

/**
 * Runs an Apertium analyser over single words (one a line) and returns the analyses
 * by word. `dictionaryCase` gives lemmas in the dictionary's case (`President` →
 * `president`) instead of copying the surface case.
 */
export function analyseWords(
  analyserPath: string,
  words: readonly string[],
  options: { dictionaryCase?: boolean } = {},
): Map<string, Analysis[]> {
  const flags = options.dictionaryCase === true ? ["-w"] : [];
  const output = execFileSync("lt-proc", [...flags, analyserPath], {
    input: `${words.join("\n")}\n`,
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
  });
  const result = new Map<string, Analysis[]>();
  for (const line of output.split("\n")) {
    const unit = parseLtProcUnit(line);
    if (unit !== undefined && !result.has(unit.surface)) result.set(unit.surface, unit.analyses);
  }
  return result;
}
