import type { FormCount } from "./form-counts.js";
import type { Lexicon } from "./lexicon.js";
import { compareCodePoints, isContentPos, type ContentPos, type Reading } from "./types.js";

/**
 * Lemma frequencies from surface-form counts, without look-alikes donating ranks.
 *
 * A lemma's frequency is the sum of its forms' counts. A form with several readings
 * (`sono`: essere, sonare; `para`: the preposition, parar) is split between them by
 * expectation-maximisation over a simple model: a lemma of frequency θ with n
 * distinct forms produces one of them in proportion to 1/√n (a flat 1/n would
 * undervalue a verb's few frequent forms: `est`, `été` would go to the nouns), so a
 * form goes to reading u in proportion to θ_u / √n_u. A lemma's θ starts from an even split of its forms and is
 * re-estimated from the shares it receives, a few rounds. The √n term keeps the
 * noun `house` (2 forms) from losing its shared forms to the verb (4), and a verb
 * with fifty forms from taking a preposition's only form.
 *
 * Closed classes and auxiliaries (articles, pronouns, prepositions, conjunctions,
 * numerals; essere, avere, haben, sein, be …) get FUNCTION_WEIGHT times their share:
 * a form such as `para`, `nada`, `einen`, `sono` is mostly the function word.
 */
export const FUNCTION_WEIGHT = 10;
/**
 * A capitalised German form is a noun far more often than a lower-case word that
 * starts a sentence (`Essen` the meal, not "essen" the verb), so the lower-case
 * readings of a capitalised form get this weight.
 */
export const SENTENCE_START_WEIGHT = 0.25;
export const ROUNDS = 6;

interface Observation {
  count: number;
  units: Unit[];
  /** Per reading: SENTENCE_START_WEIGHT for the lower-case reading of a capitalised German form. */
  weights: number[];
}

interface Unit {
  lemma: string;
  pos: Reading["pos"];
  forms: number;
  weight: number;
}

export interface RankedLemma {
  lemma: string;
  pos: ContentPos;
  score: number;
  rank: number;
}

function unitKey(lemma: string, pos: string): string {
  return `${lemma}\u0000${pos}`;
}

export class LemmaFrequencies {
  private readonly ranked: RankedLemma[];
  private readonly byKey = new Map<string, RankedLemma>();
  /** Counts of forms the lexicon cannot read: they stand for themselves. */
  private readonly unknownForms = new Map<string, number>();

  constructor(
    private readonly lexicon: Lexicon,
    formCounts: readonly FormCount[],
  ) {
    const units = new Map<string, Unit>();
    const observations: Observation[] = [];
    for (const { form, count } of formCounts) {
      const readings = this.readingsOfListedForm(form);
      if (readings.length === 0) {
        const key = this.formKey(form);
        this.unknownForms.set(key, (this.unknownForms.get(key) ?? 0) + count);
        continue;
      }
      observations.push({
        count,
        units: readings.map(({ reading }) => this.unit(units, reading)),
        weights: readings.map(({ weight }) => weight),
      });
    }
    const theta = this.estimate(observations);
    this.ranked = [...theta.entries()]
      .filter(([unit, score]) => isContentPos(unit.pos) && score > 0)
      .map(([unit, score]) => ({ lemma: unit.lemma, pos: unit.pos as ContentPos, score, rank: 0 }))
      .sort((a, b) => b.score - a.score || compareCodePoints(a.lemma, b.lemma) || compareCodePoints(a.pos, b.pos));
    this.ranked.forEach((item, index) => {
      item.rank = index + 1;
      this.byKey.set(unitKey(item.lemma, item.pos), item);
    });
  }

  private formKey(form: string): string {
    return this.lexicon.language === "de" ? form : form.toLowerCase();
  }

  /**
   * The readings a listed form counts for. German nouns are capitalised, so a
   * capitalised form is a noun or a lower-case word starting a sentence (`Einen`);
   * a lower-case German form is never a noun.
   */
  private readingsOfListedForm(form: string): { reading: Reading; weight: number }[] {
    const own = this.lexicon.readings(form);
    if (this.lexicon.language !== "de" || form === form.toLowerCase()) {
      return unique(own).map((reading) => ({ reading, weight: 1 }));
    }
    const nouns = unique(own.filter((reading) => reading.pos === "noun"));
    const lower = unique(this.lexicon.readings(form.toLowerCase()).filter((reading) => reading.pos !== "noun"));
    const lowerWeight = nouns.length > 0 ? SENTENCE_START_WEIGHT : 1;
    return [
      ...nouns.map((reading) => ({ reading, weight: 1 })),
      ...lower.map((reading) => ({ reading, weight: lowerWeight })),
    ];
  }

  private unit(units: Map<string, Unit>, reading: Reading): Unit {
    const key = unitKey(reading.lemma, reading.pos);
    let unit = units.get(key);
    if (unit === undefined) {
      const entry = isContentPos(reading.pos) ? this.lexicon.entry(reading.lemma, reading.pos) : undefined;
      const functional = !isContentPos(reading.pos) || entry?.auxiliary === true;
      const forms = entry?.forms.length ?? this.lexicon.functionFormCount(reading.lemma, reading.pos);
      unit = {
        lemma: reading.lemma,
        pos: reading.pos,
        forms: Math.max(1, forms),
        weight: functional ? FUNCTION_WEIGHT : 1,
      };
      units.set(key, unit);
    }
    return unit;
  }

  private estimate(observations: readonly Observation[]): Map<Unit, number> {
    let theta = new Map<Unit, number>();
    for (const { count, units } of observations) {
      for (const unit of units) theta.set(unit, (theta.get(unit) ?? 0) + count / units.length);
    }
    for (let round = 0; round < ROUNDS; round++) {
      const next = new Map<Unit, number>();
      for (const { count, units, weights: readingWeights } of observations) {
        const weights = units.map(
          (unit, index) =>
            ((theta.get(unit) ?? 0) * unit.weight * (readingWeights[index] ?? 1)) / Math.sqrt(unit.forms),
        );
        const total = weights.reduce((sum, weight) => sum + weight, 0);
        units.forEach((unit, index) => {
          const share = total > 0 ? (weights[index] ?? 0) / total : 1 / units.length;
          next.set(unit, (next.get(unit) ?? 0) + count * share);
        });
      }
      theta = next;
    }
    return theta;
  }

  /** The lemma's estimated frequency (sum of its forms' shares), or undefined when unseen. */
  score(lemma: string, pos: ContentPos): number | undefined {
    return (this.find(lemma, pos) ?? this.variantOf(lemma, pos))?.score ?? this.unknownScore(lemma, pos);
  }

  /**
   * 1 = the most frequent content lemma. A lemma the lexicon does not know in this
   * part of speech is ranked by its own form's count when the lexicon cannot read
   * that form at all (an unknown word stands for itself), else it is unranked.
   */
  rank(lemma: string, pos: ContentPos): number | undefined {
    const found = this.find(lemma, pos) ?? this.variantOf(lemma, pos);
    if (found !== undefined) return found.rank;
    const score = this.unknownScore(lemma, pos);
    if (score === undefined) return undefined;
    let low = 0;
    let high = this.ranked.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.ranked[middle]?.score ?? 0) > score) low = middle + 1;
      else high = middle;
    }
    return low + 1;
  }

  /** Content lemmas by falling frequency. */
  all(): readonly RankedLemma[] {
    return this.ranked;
  }

  private find(lemma: string, pos: ContentPos): RankedLemma | undefined {
    const entry = this.lexicon.entry(lemma, pos);
    return entry === undefined ? undefined : this.byKey.get(unitKey(entry.lemma, pos));
  }

  /** `gray` is not a lemma but a form of `grey` (and only of it): the lemma's rank is the word's. */
  private variantOf(text: string, pos: ContentPos): RankedLemma | undefined {
    if (this.lexicon.has(text, pos)) return undefined;
    const lemmas = this.lexicon.lemmasOfForm(text).filter((reading) => reading.pos === pos);
    const [only] = lemmas;
    return lemmas.length === 1 && only !== undefined ? this.find(only.lemma, pos) : undefined;
  }

  private unknownScore(lemma: string, pos: ContentPos): number | undefined {
    if (this.lexicon.has(lemma, pos) || this.lexicon.readings(lemma).length > 0) return undefined;
    return this.unknownForms.get(this.formKey(lemma));
  }
}

function unique(readings: readonly Reading[]): Reading[] {
  const seen = new Set<string>();
  return readings.filter((reading) => {
    const key = unitKey(reading.lemma, reading.pos);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
