import type { LexiconData } from "./lexicon-builder.js";
import {
  compareCodePoints,
  type ContentPos,
  type GenderConflict,
  type LexiconEntry,
  type LexiconGender,
  type LexiconLanguage,
  type Reading,
} from "./types.js";

/**
 * Lookups over one language's lexicon. German matches case as written (nouns are
 * capitalised: `Essen` the noun, `essen` the verb); the other languages match forms
 * and lemmas case-insensitively.
 */
export class Lexicon {
  readonly language: LexiconLanguage;
  readonly conflicts: readonly GenderConflict[];
  private readonly byLemma = new Map<string, LexiconEntry[]>();
  private readonly byForm = new Map<string, Reading[]>();
  private readonly feminines = new Map<string, string>();
  private readonly functionForms = new Map<string, number>();

  constructor(readonly data: LexiconData) {
    this.language = data.language;
    this.conflicts = data.conflicts;
    for (const entry of data.entries) {
      push(this.byLemma, this.key(entry.lemma), entry);
      for (const form of entry.forms) push(this.byForm, this.key(form), { lemma: entry.lemma, pos: entry.pos });
      if (entry.feminineOf !== null) this.feminines.set(entry.feminineOf, entry.lemma);
    }
    for (const [form, lemma, pos] of data.functionReadings) {
      push(this.byForm, this.key(form), { lemma, pos });
      const unit = `${lemma}\u0000${pos}`;
      this.functionForms.set(unit, (this.functionForms.get(unit) ?? 0) + 1);
    }
  }

  private key(text: string): string {
    return this.language === "de" ? text : text.toLowerCase();
  }

  get allEntries(): readonly LexiconEntry[] {
    return this.data.entries;
  }

  /** Entries of a lemma in every part of speech. A Spanish `acordarse` finds `acordar`. */
  entries(lemma: string): LexiconEntry[] {
    const found = this.byLemma.get(this.key(lemma));
    if (found !== undefined) return found;
    if (this.language === "es" && lemma.endsWith("se")) return this.byLemma.get(this.key(lemma.slice(0, -2))) ?? [];
    return [];
  }

  entry(lemma: string, pos: ContentPos): LexiconEntry | undefined {
    return this.entries(lemma).find((entry) => entry.pos === pos);
  }

  has(lemma: string, pos: ContentPos): boolean {
    return this.entry(lemma, pos) !== undefined;
  }

  /** The noun's gender, or null when unknown or sense-dependent (el/la capital). */
  gender(lemma: string): LexiconGender | null {
    return this.entry(lemma, "noun")?.gender ?? null;
  }

  isPluralOnly(lemma: string): boolean {
    return this.entry(lemma, "noun")?.pluralOnly === true;
  }

  formsOf(lemma: string, pos: ContentPos): string[] {
    return this.entry(lemma, pos)?.forms ?? [];
  }

  /** The feminine noun of a masculine one where the analyser pairs them: chico → chica. */
  feminineOf(lemma: string): string | undefined {
    return this.feminines.get(lemma);
  }

  /** How many forms a closed-class lemma has (`ein`: ein, eine, einen …). */
  functionFormCount(lemma: string, pos: string): number {
    return this.functionForms.get(`${lemma}\u0000${pos}`) ?? 0;
  }

  /** Every reading of the form as written (German) or in any case, closed classes included. */
  readings(form: string): readonly Reading[] {
    return this.byForm.get(this.key(form)) ?? [];
  }

  /**
   * Content-word lemmas of a surface form. A capitalised German form that starts a
   * sentence (`Gehen`) also gets the readings of its lower case.
   */
  lemmasOfForm(form: string): { lemma: string; pos: ContentPos }[] {
    const readings = [...this.readings(form)];
    if (this.language === "de" && form !== form.toLowerCase()) readings.push(...this.readings(form.toLowerCase()));
    const seen = new Set<string>();
    const result: { lemma: string; pos: ContentPos }[] = [];
    for (const reading of readings) {
      const key = `${reading.lemma}\u0000${reading.pos}`;
      if (seen.has(key) || !isContent(reading)) continue;
      seen.add(key);
      result.push({ lemma: reading.lemma, pos: reading.pos });
    }
    return result.sort((a, b) => compareCodePoints(a.lemma, b.lemma) || compareCodePoints(a.pos, b.pos));
  }
}

function isContent(reading: Reading): reading is { lemma: string; pos: ContentPos } {
  return reading.pos === "noun" || reading.pos === "verb" || reading.pos === "adjective" || reading.pos === "adverb";
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
