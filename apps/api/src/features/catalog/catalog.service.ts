import { countWordsPerCell, listLanguages, listVocabularySources, type Database } from "@lila/db";
import { ROUND_CHOICES, type CatalogResponse, type VocabularySourcesResponse } from "@lila/shared";
import { ValidationError } from "../../http/errors.js";

/** A combination is offered when it has enough distinct words for the shortest game. */
export const MIN_WORDS_TO_OFFER = Math.min(...ROUND_CHOICES);

/** What can be played, read from the vocabulary and kept for `ttlMs` (it changes only when seeding). */
export function createCatalogService(db: Database, ttlMs = 60_000, now: () => number = Date.now) {
  let cached: { expiresAt: number; catalog: Promise<CatalogResponse> } | undefined;

  function catalog(): Promise<CatalogResponse> {
    if (cached && cached.expiresAt > now()) return cached.catalog;
    const loading = (async () => {
      const [languages, cells] = await Promise.all([listLanguages(db), countWordsPerCell(db)]);
      return { languages, cells: cells.filter((cell) => cell.words >= MIN_WORDS_TO_OFFER) };
    })();
    cached = { expiresAt: now() + ttlMs, catalog: loading };
    loading.catch(() => (cached = undefined));
    return loading;
  }

  return {
    catalog,
    async sources(): Promise<VocabularySourcesResponse> {
      return { sources: await listVocabularySources(db) };
    },
    /** Language codes are data, so their existence is checked here rather than in the schema. */
    async assertLanguagesExist(...codes: string[]): Promise<void> {
      const known = new Set((await catalog()).languages.map((language) => language.code));
      const fields = ["source_language", "target_language"];
      const issues = codes.flatMap((code, index) =>
        known.has(code) ? [] : [{ field: fields[index] ?? "language", message: `unknown language '${code}'` }],
      );
      if (issues.length > 0) throw new ValidationError(issues);
    },
    clear(): void {
      cached = undefined;
    },
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
