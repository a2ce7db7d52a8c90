import type { Lexicon } from "./lexicon.js";
import { LEXICON_SOURCES, type LexiconSource } from "./sources.js";
import { compareCodePoints, type ContentPos, type SourceId } from "./types.js";

/** The rows of one licence group: each group ships in its own file, beside its licence. */
export interface FormsTableGroup {
  licenceGroup: LexiconSource["licenceGroup"];
  licence: string;
  sources: SourceId[];
  /** `form\tlemma\tpos`, sorted by code point. */
  rows: string[];
}

export interface FormsTable {
  groups: FormsTableGroup[];
  /** Requested lemmas the lexicon does not hold in that part of speech. */
  missing: { lemma: string; pos: ContentPos }[];
}

/**
 * The forms table for the given lemmas only: every form of each, mapped to its lemma
 * and part of speech. Apertium-derived rows (GPL) and german-pos-dict rows
 * (CC BY-SA) come back in separate groups and must be written to separate files.
 */
export function formsTable(lexicon: Lexicon, lemmas: readonly { lemma: string; pos: ContentPos }[]): FormsTable {
  const groups = new Map<string, { group: FormsTableGroup; rows: Set<string> }>();
  const missing: { lemma: string; pos: ContentPos }[] = [];
  for (const { lemma, pos } of lemmas) {
    const entry = lexicon.entry(lemma, pos);
    if (entry === undefined) {
      missing.push({ lemma, pos });
      continue;
    }
    const source = LEXICON_SOURCES[entry.source];
    let target = groups.get(source.licenceGroup);
    if (target === undefined) {
      target = {
        group: { licenceGroup: source.licenceGroup, licence: source.licence, sources: [], rows: [] },
        rows: new Set(),
      };
      groups.set(source.licenceGroup, target);
    }
    if (!target.group.sources.includes(entry.source)) target.group.sources.push(entry.source);
    for (const form of entry.forms) target.rows.add(`${form}\t${entry.lemma}\t${entry.pos}`);
  }
  const result = [...groups.values()].map(({ group, rows }) => ({
    ...group,
    sources: [...group.sources].sort(compareCodePoints),
    rows: [...rows].sort(compareCodePoints),
  }));
  return {
    groups: result.sort((a, b) => compareCodePoints(a.licenceGroup, b.licenceGroup)),
    missing: [...missing].sort((a, b) => compareCodePoints(a.lemma, b.lemma) || compareCodePoints(a.pos, b.pos)),
  };
}
