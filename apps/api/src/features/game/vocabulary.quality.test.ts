import { readFileSync } from "node:fs";
import {
  DIFFICULTIES,
  PARTS_OF_SPEECH,
  displayWord,
  hintRevealsWord,
  type Difficulty,
  type PartOfSpeech,
} from "@lila/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { readShippedVocabulary, type ShippedVocabulary } from "../../../test/support/shipped-vocabulary.js";
import { seededRandom } from "../../../test/support/seeded-random.js";
import { MIN_WORDS_TO_OFFER } from "../catalog/index.js";
import { buildQuiz } from "./quiz-builder.js";
import { indexQuestionSet, type PoolWord, type QuestionSet } from "./vocabulary-pools.js";

/**
 * The quality gate of the shipped vocabulary (`npm run data:check`, part of `npm test`):
 * rules on every word of vocabulary/, then 10,000 questions generated over every offered
 * cell with the app's own pools and quiz builder. Each failure names the words at fault.
 */

const QUALITY = new URL("../../../../../data-pipeline/quality/", import.meta.url);
const SENSES = new URL("../../../../../data-pipeline/review/senses.tsv", import.meta.url);
const GENDERED = new Set(["it", "de", "es", "fr"]);
const QUESTIONS = 10_000;
const CORE_SHARE = 0.95;

function readTsv(url: URL): Record<string, string>[] {
  const [header = "", ...lines] = readFileSync(url, "utf8").split("\n");
  const columns = header.split("\t");
  return lines
    .filter((line) => line !== "")
    .map((line) => {
      const fields = line.split("\t");
      return Object.fromEntries(columns.map((column, index) => [column, fields[index] ?? ""]));
    });
}

/** The articles a shown noun may start with, by language, gender and number. */
function articleFits(language: string, shown: string, gender: string | null, plural: boolean): boolean {
  const patterns: Record<string, RegExp> = {
    "de|pl": /^die /,
    "de|m": /^der /,
    "de|f": /^die /,
    "de|n": /^das /,
    "it|m|pl": /^(i|gli) /,
    "it|f|pl": /^le /,
    "it|m": /^(il |lo |l')/,
    "it|f": /^(la |l')/,
    "es|m|pl": /^los /,
    "es|f|pl": /^las /,
    "es|m": /^el /,
    "es|f": /^(la |el )/,
    "fr|m|pl": /^les /,
    "fr|f|pl": /^les /,
    "fr|m": /^(le |l')/,
    "fr|f": /^(la |l')/,
  };
  const key = language === "de" && plural ? "de|pl" : `${language}|${gender}${plural ? "|pl" : ""}`;
  const pattern = patterns[key];
  return pattern !== undefined && pattern.test(shown);
}

let vocabulary: ShippedVocabulary;
beforeAll(async () => {
  vocabulary = await readShippedVocabulary();
});

/** Lists problems found by `check` over every word of every term; the test shows the first ones. */
function problemsOver(check: (term: ShippedVocabulary["terms"][number]) => string[]): string[] {
  return vocabulary.terms.flatMap(check);
}

function expectNone(problems: string[], what: string): void {
  expect(problems.slice(0, Number(process.env.QUALITY_SHOW ?? 25)), `${problems.length} ${what}`).toEqual([]);
}

describe("every word of the shipped vocabulary", () => {
  it("nouns of gendered languages have a gender (German plurals their number); nothing else has one", () => {
    expectNone(
      problemsOver((term) =>
        [...term.words].flatMap(([language, words]) =>
          words.flatMap((word) => {
            if (term.pos !== "noun") {
              return word.gender || word.plural
                ? [`${term.key}: ${language} ${term.pos} "${word.text}" has a gender or number`]
                : [];
            }
            const needs = GENDERED.has(language) && !(language === "de" && word.plural);
            return needs && word.gender === null ? [`${term.key}: ${language} noun "${word.text}" has no gender`] : [];
          }),
        ),
      ),
      "words with a missing or misplaced gender",
    );
  });

  it("shows nouns with an article that fits their gender and number", () => {
    expectNone(
      problemsOver((term) =>
        term.pos !== "noun"
          ? []
          : [...term.words].flatMap(([language, words]) =>
              words.flatMap((word) => {
                if (!GENDERED.has(language)) return [];
                const shown = displayWord(language, {
                  text: word.text,
                  pos: "noun",
                  gender: word.gender,
                  plural: word.plural,
                });
                // Some nouns are used without an article (octubre, Deutsch): none contradicts nothing.
                return shown === word.text || articleFits(language, shown, word.gender, word.plural)
                  ? []
                  : [`${term.key}: "${shown}" does not fit ${word.gender ?? "-"}${word.plural ? " plural" : ""}`];
              }),
            ),
      ),
      "nouns with an article that contradicts their gender or number",
    );
    const known = readTsv(new URL("known-nouns.tsv", QUALITY));
    const problems = known.flatMap((noun) =>
      vocabulary.terms.flatMap((term) =>
        term.pos !== "noun"
          ? []
          : (term.words.get(noun.language!) ?? [])
              .filter((word) => word.text === noun.word)
              .flatMap((word) => {
                const shown = displayWord(noun.language!, {
                  text: word.text,
                  pos: "noun",
                  gender: word.gender,
                  plural: word.plural,
                });
                return shown === noun.shown ? [] : [`${term.key}: "${shown}" should be "${noun.shown}" (${noun.why})`];
              }),
      ),
    );
    expectNone(problems, "nouns an audit found wrong are still wrong");
  });

  it("German nouns are never the strong form of a nominalised adjective (der Verdächtige, not der Verdächtiger)", () => {
    expectNone(
      problemsOver((term) =>
        term.pos !== "noun"
          ? []
          : (term.words.get("de") ?? []).flatMap((word) => {
              if (!/(er|es)$/.test(word.text) || vocabulary.lemmaKinds("de", word.text)?.has("noun")) return [];
              // Dichter and Alter are nouns of their own; Verdächtiger is only verdächtig declined.
              const adjectiveForm = vocabulary
                .formReadings("de", word.text.toLowerCase())
                .some((reading) => reading.pos === "adjective");
              return adjectiveForm ? [`${term.key}: de "${word.text}" is a declined adjective`] : [];
            }),
      ),
      "German nominalised adjectives in their strong form",
    );
  });

  it("no sense hint gives away a word of its term in another language (an answer)", () => {
    expectNone(
      problemsOver((term) =>
        [...term.words].flatMap(([language, words]) =>
          words.flatMap((word) =>
            word.hint === null
              ? []
              : [...term.words]
                  .filter(([other]) => other !== language)
                  .flatMap(([, others]) => others)
                  .filter((other) => hintRevealsWord(word.hint as string, other.text))
                  .map((other) => `${term.key}: hint "${word.hint}" of "${word.text}" gives away "${other.text}"`),
          ),
        ),
      ),
      "hints that give a word away",
    );
  });

  it("a shown word that belongs to several terms has a sense hint in each, or an editor's decision", () => {
    const decided = new Set(readTsv(SENSES).map((row) => `${row.word}|${row.term_key}`));
    const termsOf = new Map<string, Set<string>>();
    for (const term of vocabulary.terms) {
      for (const [language, words] of term.words) {
        for (const word of words) {
          const key = `${language}:${term.pos}:${word.text}`;
          termsOf.set(key, (termsOf.get(key) ?? new Set()).add(term.key));
        }
      }
    }
    expectNone(
      problemsOver((term) =>
        [...term.words].flatMap(([language, [shown]]) => {
          if (shown === undefined || shown.hint !== null) return [];
          const key = `${language}:${term.pos}:${shown.text}`;
          if ((termsOf.get(key)?.size ?? 0) < 2 || decided.has(`${key}|${term.key}`)) return [];
          return [
            `${term.key}: ${language} "${shown.text}" is in ${[...termsOf.get(key)!].join(", ")} without a hint or decision`,
          ];
        }),
      ),
      "shared words without a sense hint or a decision",
    );
  });

  it("holds none of the pairs an audit found wrong", () => {
    const wrong = readTsv(new URL("known-wrong-pairs.tsv", QUALITY));
    const has = (term: ShippedVocabulary["terms"][number], language: string, text: string) =>
      (term.words.get(language) ?? []).some((word) => word.text === text);
    expectNone(
      wrong.flatMap((pair) =>
        vocabulary.terms
          .filter((term) => has(term, pair.language!, pair.word!) && has(term, pair.other_language!, pair.other_word!))
          .map(
            (term) =>
              `${term.key}: ${pair.language} ${pair.word} = ${pair.other_language} ${pair.other_word} (${pair.why})`,
          ),
      ),
      "known-wrong pairs",
    );
  });

  it("every English pair holds at least 95 % of both languages' core words", () => {
    const core = vocabulary.terms.filter((term) => term.key.startsWith("core:"));
    for (const language of vocabulary.languages.filter((code) => code !== "en")) {
      for (const [side, other] of [
        ["en", language],
        [language, "en"],
      ] as const) {
        const coreWords = new Set(
          core.flatMap((term) => (term.words.get(side) ?? []).map((word) => `${term.pos}|${word.text}`)),
        );
        const inPair = new Set(
          vocabulary.terms
            .filter((term) => term.words.has(other))
            .flatMap((term) => (term.words.get(side) ?? []).map((word) => `${term.pos}|${word.text}`)),
        );
        const held = [...coreWords].filter((word) => inPair.has(word)).length;
        expect(held / coreWords.size, `en-${language}: ${side} core words held`).toBeGreaterThanOrEqual(CORE_SHARE);
      }
    }
  });
});

describe("10,000 questions over every offered cell, drawn with the app's own code", () => {
  interface Cell {
    set: QuestionSet;
    difficulty: Difficulty;
    pos: PartOfSpeech;
    target: string;
    name: string;
    words: number;
  }

  function offeredCells(): Cell[] {
    const cells: Cell[] = [];
    for (const source of vocabulary.languages) {
      for (const target of vocabulary.languages.filter((code) => code !== source)) {
        for (const pos of PARTS_OF_SPEECH) {
          const set = indexQuestionSet(vocabulary.pool(source, pos), vocabulary.pool(target, pos));
          for (const difficulty of DIFFICULTIES) {
            const words = (set.byDifficulty.get(difficulty) ?? []).filter(
              (q) => !q.prompt.offensive && !q.answer.offensive,
            ).length;
            if (words >= MIN_WORDS_TO_OFFER) {
              cells.push({ set, difficulty, pos, target, name: `${source}→${target} ${pos} ${difficulty}`, words });
            }
          }
        }
      }
    }
    return cells;
  }

  it("never lets an article, a translation of the prompt, another part of speech or a form of the answer give it away", () => {
    const cells = offeredCells();
    expect(cells.length).toBeGreaterThan(100);
    const random = seededRandom(2026);
    const problems: string[] = [];
    let questions = 0;
    for (let round = 0; questions < QUESTIONS; round++) {
      const cell = cells[round % cells.length]!;
      const rounds = cell.words >= 10 ? 10 : 3;
      for (const question of buildQuiz(cell.set, cell.difficulty, rounds, { includeOffensive: false }, random)) {
        questions += 1;
        const where = `${cell.name} "${question.prompt}"`;
        const shownWords = new Map<string, PoolWord>();
        for (const word of cell.set.target.shownByTerm.values()) shownWords.set(word.display, word);
        const options = question.options.map((option) => shownWords.get(option.text)!);
        const answer = options[question.correctOptionId]!;
        const withArticle = options.map((word) => word.presentation !== "bare");
        if (new Set(withArticle).size > 1)
          problems.push(`${where}: article presentation differs (${question.options.map((o) => o.text).join(", ")})`);
        const prompt = cell.set.source.shownByTerm.get(question.termId)!;
        const promptTerms = cell.set.source.termsByKey.get(prompt.key) ?? new Set<string>();
        for (const word of options.filter((candidate) => candidate !== answer)) {
          const shared = [...(cell.set.target.termsByKey.get(word.key) ?? [])].filter((term) => promptTerms.has(term));
          if (shared.length > 0) problems.push(`${where}: "${word.display}" is an accepted translation of the prompt`);
          const kinds = vocabulary.lemmaKinds(cell.target, word.text);
          if (kinds !== undefined && !kinds.has(cell.pos))
            problems.push(`${where}: "${word.text}" is a ${[...kinds].join("/")}, not a ${cell.pos}`);
          if (word.offensive) problems.push(`${where}: "${word.text}" is offensive`);
          // An inflected form (not a lemma of its own: Italian "fame" is fama's plural and a noun of its own).
          const formOf = (form: PoolWord, lemma: PoolWord) =>
            !vocabulary.lemmaKinds(cell.target, form.text)?.has(cell.pos) &&
            vocabulary.formReadings(cell.target, form.text).some((reading) => reading.lemma === lemma.text);
          if (word.family === answer.family || formOf(word, answer) || formOf(answer, word)) {
            problems.push(`${where}: "${word.text}" is a form of the answer "${answer.text}"`);
          }
        }
        if (question.gloss && hintRevealsWord(question.gloss, answer.text))
          problems.push(`${where}: the hint names the answer`);
      }
    }
    expectNone(problems, `problems in ${questions} questions over ${cells.length} cells`);
  }, 120_000);
});
