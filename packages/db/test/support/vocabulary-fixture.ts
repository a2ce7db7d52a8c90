import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface FixtureWord {
  text: string;
  gender?: "m" | "f" | "n";
  plural?: boolean;
  difficulty?: "easy" | "intermediate" | "hard";
  hint?: string;
  offensive?: boolean;
}

export interface FixtureTerm {
  key: string;
  pos: "noun" | "verb" | "adjective" | "adverb";
  /** One word, or several accepted words (the first is shown). */
  words: Record<string, FixtureWord | FixtureWord[]>;
}

/**
 * Writes a vocabulary folder in the same format as vocabulary/, so tests load their
 * own rows through the real seeder instead of depending on the shipped data. With
 * `base`, the fixture folder is added to a copy of another vocabulary (the shipped one,
 * say), as an operator adds a source or a language.
 */
export function writeVocabularyFixture(options: {
  source: string;
  languages: Array<{ code: string; name: string; nativeName: string }>;
  terms: FixtureTerm[];
  base?: string;
}): string {
  const root = mkdtempSync(path.join(tmpdir(), "lila-vocabulary-"));
  const languageLines = options.languages.map((l) => `${l.code}\t${l.name}\t${l.nativeName}\n`).join("");
  if (options.base) {
    cpSync(options.base, root, { recursive: true });
    writeFileSync(path.join(root, "languages.tsv"), languageLines, { flag: "a" });
  } else {
    writeFileSync(path.join(root, "languages.tsv"), `code\tname\tnative_name\n${languageLines}`);
  }
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
  const lines = ["term_key\tpos\tlanguage\tposition\ttext\tgender\tplural\tdifficulty\thint\toffensive"];
  for (const term of options.terms) {
    for (const [language, given] of Object.entries(term.words)) {
      (Array.isArray(given) ? given : [given]).forEach((word, position) => {
        lines.push(
          [
            term.key,
            term.pos,
            language,
            String(position),
            word.text,
            word.gender ?? "",
            word.plural ? "1" : "",
            word.difficulty ?? "easy",
            word.hint ?? "",
            word.offensive ? "1" : "",
          ].join("\t"),
        );
      });
    }
  }
  writeFileSync(path.join(folder, "terms.tsv"), lines.join("\n") + "\n");
  return root;
}
