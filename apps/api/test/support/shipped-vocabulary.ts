import { readdir } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_VOCABULARY_DIR, listSources, readTermRows, readText, type TermRow, type TermWordRow } from "@lila/db";
import type { PartOfSpeech } from "@lila/shared";
import { indexLanguagePool, type LanguagePool } from "../../src/features/game/index.js";

/** A term of the shipped files, with its words by language (position order). */
export interface ShippedTerm {
  key: string;
  pos: PartOfSpeech;
  words: Map<string, TermRow[]>;
}

export interface ShippedVocabulary {
  terms: ShippedTerm[];
  languages: string[];
  /** The pools a game uses, built from the files with the app's own indexing. */
  pool(language: string, pos: PartOfSpeech): LanguagePool;
  /** From the forms tables: the parts of speech a lemma has in its language. */
  lemmaKinds(language: string, lemma: string): Set<string> | undefined;
  /** From the forms tables: the lemmas (with part of speech) a form belongs to. */
  formReadings(language: string, form: string): { lemma: string; pos: string }[];
}

/** Reads vocabulary/ as the seeder does, without a database: terms across folders are joined by key. */
export async function readShippedVocabulary(directory = DEFAULT_VOCABULARY_DIR): Promise<ShippedVocabulary> {
  const byKey = new Map<string, ShippedTerm>();
  const kinds = new Map<string, Set<string>>();
  const readings = new Map<string, { lemma: string; pos: string }[]>();
  for (const { folder, files } of await listSources(directory)) {
    for (const file of files) {
      for (const row of await readTermRows(file)) {
        let term = byKey.get(row.term_key);
        if (term === undefined) {
          term = { key: row.term_key, pos: row.pos, words: new Map() };
          byKey.set(row.term_key, term);
        }
        const words = term.words.get(row.language) ?? [];
        words.push(row);
        term.words.set(row.language, words);
      }
    }
    for (const name of (await readdir(folder)).filter((entry) => /^forms\.[a-z]+\.tsv(\.gz)?$/.test(entry))) {
      const language = name.split(".")[1] as string;
      const [, ...lines] = (await readText(path.join(folder, name))).split("\n");
      for (const line of lines) {
        if (line === "") continue;
        const [form = "", lemma = "", pos = ""] = line.split("\t");
        const lemmaKey = `${language}|${lemma}`;
        kinds.set(lemmaKey, (kinds.get(lemmaKey) ?? new Set()).add(pos));
        const formKey = `${language}|${form}`;
        readings.set(formKey, [...(readings.get(formKey) ?? []), { lemma, pos }]);
      }
    }
  }
  const terms = [...byKey.values()];
  for (const term of terms) for (const words of term.words.values()) words.sort((a, b) => a.position - b.position);
  const ids = new Map(
    terms.map((term, index) => [term.key, `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`]),
  );
  const pools = new Map<string, LanguagePool>();
  return {
    terms,
    languages: [...new Set(terms.flatMap((term) => [...term.words.keys()]))].sort(),
    pool(language, pos) {
      const key = `${language}|${pos}`;
      let pool = pools.get(key);
      if (pool === undefined) {
        const rows: TermWordRow[] = terms
          .filter((term) => term.pos === pos)
          .flatMap((term) =>
            (term.words.get(language) ?? []).map((row) => ({
              termId: ids.get(term.key) as string,
              text: row.text,
              position: row.position,
              gender: row.gender,
              plural: row.plural,
              difficulty: row.difficulty,
              hint: row.hint,
              offensive: row.offensive,
            })),
          );
        pool = indexLanguagePool(rows, language, pos);
        pools.set(key, pool);
      }
      return pool;
    },
    lemmaKinds: (language, lemma) => kinds.get(`${language}|${lemma}`),
    formReadings: (language, form) => readings.get(`${language}|${form}`) ?? [],
  };
}
