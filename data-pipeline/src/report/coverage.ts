import type { ReportTerm } from "./vocabulary-reader.js";

export const REPORT_LANGUAGES = ["en", "it", "de", "es", "fr"] as const;
export const REPORT_POS = ["noun", "verb", "adjective", "adverb"] as const;
export const REPORT_DIFFICULTIES = ["easy", "intermediate", "hard"] as const;

/** A quiz cell is playable with at least this many terms. */
export const PLAYABLE_MINIMUM = 10;

export type DifficultyCounts = Record<(typeof REPORT_DIFFICULTIES)[number], number>;

/** `en-de` for a pair of languages, in languages.tsv order. */
export function pairName(a: string, b: string): string {
  const order = (language: string) => REPORT_LANGUAGES.indexOf(language as (typeof REPORT_LANGUAGES)[number]);
  return order(a) <= order(b) ? `${a}-${b}` : `${b}-${a}`;
}

/** Terms usable for a quiz from `from` to `to`: they have rows in both languages. */
export function termsForDirection(terms: readonly ReportTerm[], from: string, to: string): ReportTerm[] {
  return terms.filter(
    (term) => term.rows.some((row) => row.language === from) && term.rows.some((row) => row.language === to),
  );
}

/** Counts by part of speech and the TARGET row's difficulty (what the quiz asks for). */
export function directionCounts(
  terms: readonly ReportTerm[],
  to: string,
): Record<(typeof REPORT_POS)[number], DifficultyCounts> {
  const empty = (): DifficultyCounts => ({ easy: 0, intermediate: 0, hard: 0 });
  const counts = { noun: empty(), verb: empty(), adjective: empty(), adverb: empty() };
  for (const term of terms) {
    const target = term.rows.find((row) => row.language === to);
    const cell = counts[term.pos as keyof typeof counts] as DifficultyCounts | undefined;
    if (target === undefined || cell === undefined) continue;
    const difficulty = target.difficulty as keyof DifficultyCounts;
    if (difficulty in cell) cell[difficulty] += 1;
  }
  return counts;
}

/** Difficulties of a POS cell that reach the playable minimum. */
export function playableDifficulties(cell: DifficultyCounts): number {
  return REPORT_DIFFICULTIES.filter((difficulty) => cell[difficulty] >= PLAYABLE_MINIMUM).length;
}

/** A small seeded generator (mulberry32) so the samples are the same on every run. */
export function seededRandom(seedText: string): () => number {
  let seed = 0;
  for (const char of seedText) seed = (Math.imul(seed, 31) + char.charCodeAt(0)) >>> 0;
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let value = seed;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` terms drawn without replacement, from terms sorted by key, with a seeded generator. */
export function sampleTerms<T extends { key: string }>(terms: readonly T[], count: number, seedText: string): T[] {
  const pool = [...terms].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const random = seededRandom(seedText);
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) {
    const [picked] = pool.splice(Math.floor(random() * pool.length), 1);
    if (picked !== undefined) chosen.push(picked);
  }
  return chosen;
}
