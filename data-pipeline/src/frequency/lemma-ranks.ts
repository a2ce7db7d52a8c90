import { partOfSpeechFromTags } from "../vocabulary/part-of-speech.js";
import type { Difficulty, PartOfSpeech } from "../vocabulary/term.js";

/** A lemma reading of a surface form; `pos` undefined when the analyser did not know the form. */
export interface LemmaReading {
  lemma: string;
  pos: PartOfSpeech | undefined;
}

/**
 * Ranks of lemmas derived from a list of surface forms ordered by frequency: a lemma
 * takes the position of its most frequent form, and lemmas are numbered densely in
 * that order (1 = most frequent). `went` and `goes` both count for `go`.
 */
export class LemmaRanks {
  private readonly byLemmaAndPos = new Map<string, number>();
  private readonly byLemma = new Map<string, number>();

  constructor(rankedForms: readonly string[], readingsOf: (form: string) => readonly LemmaReading[]) {
    let nextRank = 1;
    for (const form of rankedForms) {
      const readings = readingsOf(form);
      let introducedLemma = false;
      for (const { lemma, pos } of readings) {
        if (!this.byLemma.has(lemma)) {
          this.byLemma.set(lemma, nextRank);
          introducedLemma = true;
        }
        const key = `${lemma}|${pos ?? "*"}`;
        if (!this.byLemmaAndPos.has(key)) this.byLemmaAndPos.set(key, this.byLemma.get(lemma) ?? nextRank);
      }
      if (introducedLemma) nextRank += 1;
    }
  }

  /**
   * The rank of a lemma in a part of speech, else of the same lemma in any part of
   * speech (`last` the adjective is analysed as `late` + superlative, but the word
   * `last` is frequent all the same), trying the text as written, then lower case.
   */
  rankOf(lemma: string, pos: PartOfSpeech): number | undefined {
    const lower = lemma.toLowerCase();
    return (
      this.byLemmaAndPos.get(`${lemma}|${pos}`) ??
      this.byLemmaAndPos.get(`${lower}|${pos}`) ??
      this.byLemma.get(lemma) ??
      this.byLemma.get(lower)
    );
  }
}

/** Rank bands (lemma ranks, 1 = most frequent). Documented in docs/DATA.md. */
export const DIFFICULTY_BANDS = { easyMaxRank: 1000, intermediateMaxRank: 3500 } as const;

export function difficultyOfRank(rank: number | undefined): Difficulty {
  if (rank === undefined) return "hard";
  if (rank <= DIFFICULTY_BANDS.easyMaxRank) return "easy";
  if (rank <= DIFFICULTY_BANDS.intermediateMaxRank) return "intermediate";
  return "hard";
}

/** Readings from Apertium analyses; content words only, unknown forms stand for themselves. */
export function readingsFromAnalyses(
  form: string,
  analyses: readonly { lemma: string; tags: string[] }[] | undefined,
): LemmaReading[] {
  if (analyses === undefined || analyses.length === 0) return [{ lemma: form.toLowerCase(), pos: undefined }];
  const readings: LemmaReading[] = [];
  for (const analysis of analyses) {
    const pos = partOfSpeechFromTags(analysis.tags.slice(0, 1));
    if (pos !== undefined && !readings.some((r) => r.lemma === analysis.lemma && r.pos === pos)) {
      readings.push({ lemma: analysis.lemma, pos });
    }
  }
  return readings;
}
