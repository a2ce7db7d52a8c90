import { countWordsPerCell, listLanguages, listVocabularySources, type Database } from "@lila/db";
import { ROUND_CHOICES, type CatalogResponse, type VocabularySourcesResponse } from "@lila/shared";
import { ValidationError } from "../../lib/errors.js";
import type { Clock } from "../../lib/clock.js";
import { TtlCache } from "../../lib/ttl-cache.js";

/** A combination is offered when it has enough distinct words for the shortest game. */
export const MIN_WORDS_TO_OFFER = Math.min(...ROUND_CHOICES);

export interface CatalogServiceDeps {
  db: Database;
  clock: Clock;
  /** How long the catalog is kept (it changes only when an operator seeds). */
  ttlMs?: number;
}

/** What can be played, read from the vocabulary and kept for a minute. */
export function createCatalogService({ db, clock, ttlMs = 60_000 }: CatalogServiceDeps) {
  const cache = new TtlCache<"catalog", CatalogResponse>({ ttlMs, clock });

  function catalog(): Promise<CatalogResponse> {
    return cache.get("catalog", async () => {
      const [languages, cells] = await Promise.all([listLanguages(db), countWordsPerCell(db)]);
      return { languages, cells: cells.filter((cell) => cell.words >= MIN_WORDS_TO_OFFER) };
    });
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
      cache.clear();
    },
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
