import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DebianPackage } from "../sources/debian-packages.js";
import { readDictdArticles, readDictdMetadata } from "./dictd-reader.js";
import { parseFreedictArticle, type FreedictArticle } from "./freedict-article.js";

export interface FreedictDictionary {
  articles: FreedictArticle[];
  /** The `00databaseinfo` article: name, edition, licence text. */
  info: string;
}

/** Reads `usr/share/dictd/freedict-<pair>.{index,dict.dz}` from an unpacked dict-freedict package. */
export function readFreedictPackage(debianPackage: DebianPackage): FreedictDictionary {
  const pair = debianPackage.name.replace(/^dict-freedict-/, "");
  const base = join(debianPackage.root, "usr/share/dictd", `freedict-${pair}`);
  const index = readFileSync(`${base}.index`, "utf8");
  const body = readFileSync(`${base}.dict.dz`);
  const articles = readDictdArticles(index, body).map((article) => parseFreedictArticle(article.text));
  const info = readDictdMetadata(index, body).get("00databaseinfo") ?? "";
  return { articles, info };
}
