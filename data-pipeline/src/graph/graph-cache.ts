import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DebianPackage } from "../sources/debian-packages.js";
import type { Gender } from "../vocabulary/term.js";
import type { DictionarySpec } from "./dictionaries.js";
import { loadTranslationGraph, type LoadedGraph } from "./load-graph.js";
import { TranslationGraph } from "./translation-graph.js";

/**
 * Parsing every dictionary takes minutes; the parsed graph is kept under the cache,
 * keyed by the dictionary list and the package versions, so it is rebuilt exactly
 * when an input changes.
 */
export function cachedTranslationGraph(
  dictionaries: readonly DictionarySpec[],
  packageOf: (name: string) => DebianPackage,
  ltPrint: string,
  cacheDirectory: string,
): LoadedGraph {
  const versions = dictionaries.map((spec) => `${spec.package}=${packageOf(spec.package).version}:${spec.file ?? ""}`);
  const key = createHash("sha256")
    .update(JSON.stringify([versions, dictionaries]))
    .digest("hex")
    .slice(0, 16);
  const directory = join(cacheDirectory, "graph");
  const base = join(directory, key);
  if (existsSync(`${base}.facts.json`)) {
    const stored = JSON.parse(readFileSync(`${base}.facts.json`, "utf8")) as StoredFacts;
    return {
      graph: TranslationGraph.load(base),
      facts: {
        genders: new Map(stored.genders.map(([word, votes]) => [word, new Map(votes)])),
        offensive: new Set(stored.offensive),
      },
      listed: new Map(stored.listed),
    };
  }
  const loaded = loadTranslationGraph(dictionaries, packageOf, ltPrint);
  mkdirSync(directory, { recursive: true });
  loaded.graph.save(base);
  const stored: StoredFacts = {
    genders: [...loaded.facts.genders].map(([word, votes]) => [word, [...votes]]),
    offensive: [...loaded.facts.offensive],
    listed: [...loaded.listed],
  };
  writeFileSync(`${base}.facts.json`, JSON.stringify(stored));
  return loaded;
}

interface StoredFacts {
  genders: [string, [Gender, number][]][];
  offensive: string[];
  listed: [string, number][];
}
