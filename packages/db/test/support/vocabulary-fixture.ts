import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface FixtureTerm {
  key: string;
  pos: "noun" | "verb" | "adjective" | "adverb";
  words: Record<
    string,
    { text: string; gender?: "m" | "f" | "n"; difficulty?: "easy" | "intermediate" | "hard"; gloss?: string }
  >;
}

/**
 * Writes a vocabulary folder in the same format as vocabulary/, so tests load
 * their own rows through the real seeder instead of depending on the shipped data.
 */
export function writeVocabularyFixture(options: {
  source: string;
  languages: Array<{ code: string; name: string; nativeName: string }>;
  terms: FixtureTerm[];
}): string {
  const root = mkdtempSync(path.join(tmpdir(), "lila-vocabulary-"));
  writeFileSync(
    path.join(root, "languages.tsv"),
    ["code\tname\tnative_name", ...options.languages.map((l) => `${l.code}\t${l.name}\t${l.nativeName}`)].join("\n") +
      "\n",
  );
  const folder = path.join(root, options.source);
  mkdirSync(folder);
  writeFileSync(
    path.join(folder, "manifest.json"),
    JSON.stringify({
      source: options.source,
      title: `Fixture ${options.source}`,
      license: "CC0-1.0",
      attribution: "tests",
      url: null,
    }),
  );
  const lines = ["term_key\tpos\tlanguage\ttext\tgender\tdifficulty\tgloss"];
  for (const term of options.terms) {
    for (const [language, word] of Object.entries(term.words)) {
      lines.push(
        [term.key, term.pos, language, word.text, word.gender ?? "", word.difficulty ?? "easy", word.gloss ?? ""].join(
          "\t",
        ),
      );
    }
  }
  writeFileSync(path.join(folder, "terms.tsv"), lines.join("\n") + "\n");
  return root;
}
