/**
 * Turns running-text words into lemmas with a shipped forms table
 * (`vocabulary/<source>/forms.<lang>.tsv.gz`: `form<TAB>lemma<TAB>pos` rows).
 * Self-contained on purpose (no Node or pipeline imports) so the API can reuse it.
 */

export interface LemmaReading {
  lemma: string;
  pos: string;
}

export type Lemmatizer = (form: string) => LemmaReading[];

/**
 * German keeps case (`Essen` the noun, `essen` the verb), and a capitalised word also
 * gets its lower-case readings because it may start a sentence. The other languages
 * match in lower case. Readings come back sorted by lemma, then part of speech.
 */
export function createLemmatizer(language: string, rows: Iterable<string>): Lemmatizer {
  const caseSensitive = language === "de";
  const key = (text: string): string => (caseSensitive ? text : text.toLowerCase());
  const byForm = new Map<string, LemmaReading[]>();
  for (const row of rows) {
    const [form, lemma, pos] = row.split("\t");
    if (form === undefined || lemma === undefined || pos === undefined || form === "") continue;
    const list = byForm.get(key(form)) ?? [];
    if (!list.some((reading) => reading.lemma === lemma && reading.pos === pos)) list.push({ lemma, pos });
    byForm.set(key(form), list);
  }
  return (form) => {
    const found = [...(byForm.get(key(form)) ?? [])];
    if (caseSensitive && form !== form.toLowerCase()) {
      for (const reading of byForm.get(form.toLowerCase()) ?? []) {
        if (!found.some((known) => known.lemma === reading.lemma && known.pos === reading.pos)) found.push(reading);
      }
    }
    return found.sort((a, b) =>
      a.lemma < b.lemma ? -1 : a.lemma > b.lemma ? 1 : a.pos < b.pos ? -1 : a.pos > b.pos ? 1 : 0,
    );
  };
}
