import { listSources, readTermRows, type TermRow } from "@lila/db";

/** A shipped term with its rows by language, shown word first: vocabulary/ read as the seeder reads it. */
export interface ShippedTerm {
  key: string;
  pos: TermRow["pos"];
  words: Map<string, TermRow[]>;
}

export async function readShippedTerms(vocabularyDirectory: string): Promise<ShippedTerm[]> {
  const terms = new Map<string, ShippedTerm>();
  for (const { files } of await listSources(vocabularyDirectory)) {
    for (const file of files) {
      for (const row of await readTermRows(file)) {
        let term = terms.get(row.term_key);
        if (term === undefined) {
          term = { key: row.term_key, pos: row.pos, words: new Map() };
          terms.set(row.term_key, term);
        }
        term.words.set(row.language, [...(term.words.get(row.language) ?? []), row]);
      }
    }
  }
  const sorted = [...terms.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const term of sorted) for (const rows of term.words.values()) rows.sort((a, b) => a.position - b.position);
  return sorted;
}
