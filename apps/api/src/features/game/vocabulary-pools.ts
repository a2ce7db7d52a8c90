import { loadTermWords, type Database, type TermWordRow } from "@lila/db";
import { DIFFICULTIES, displayWord, type Difficulty, type PartOfSpeech } from "@lila/shared";
import type { Clock } from "../../lib/clock.js";
import { TtlCache } from "../../lib/ttl-cache.js";
import { comparableWord, degreeBases, lemmaFamily } from "./word-comparison.js";

/** A word as games use it: its term, how it is shown, and how it compares. */
export interface PoolWord {
  termId: string;
  text: string;
  /** Case and accents folded: `Été` and `ete` are one word to a learner. */
  key: string;
  /** The key of its lemma family: a verb and its reflexive form share one (levantar, levantarse). */
  family: string;
  /** What the learner sees: "der Hund", "i soldi", "to say". */
  display: string;
  /** How the word is presented: "m", "f|pl", … for nouns with an article, "bare" otherwise. */
  presentation: string;
  difficulty: Difficulty;
  hint: string | null;
  offensive: boolean;
}

/** The words of one language and part of speech, indexed so that building a game needs no query. */
export interface LanguagePool {
  /** Each live term's shown word (position 0) in this language. */
  shownByTerm: Map<string, PoolWord>;
  /** Every accepted word (any position), by comparable form: the terms it belongs to. */
  termsByKey: Map<string, Set<string>>;
  /** Shown words by difficulty, then presentation: where wrong options are drawn from. */
  buckets: Map<Difficulty, Map<string, PoolWord[]>>;
}

/** A candidate question: a term with a shown word in both languages. */
export interface PoolQuestion {
  termId: string;
  prompt: PoolWord;
  answer: PoolWord;
}

/** The questions of one language pair and part of speech, and the two language pools behind them. */
export interface QuestionSet {
  /** Candidate questions per target difficulty, one per distinct prompt. */
  byDifficulty: Map<Difficulty, PoolQuestion[]>;
  source: LanguagePool;
  target: LanguagePool;
}

export interface VocabularyPoolsDeps {
  db: Database;
  clock: Clock;
  /** How long a loaded pool is kept (the vocabulary changes only when an operator seeds). */
  ttlMs?: number;
}

/**
 * The vocabulary is read-mostly: it changes when an operator seeds. The words of one
 * language and part of speech are loaded with one query the first time a game asks for
 * them and kept for a minute, so a game costs no query at all while the pools are warm.
 * Concurrent first requests share one load; a failed load is not remembered.
 */
export class VocabularyPools {
  private readonly db: Database;
  private readonly languagePools: TtlCache<string, LanguagePool>;
  private readonly questionSets: TtlCache<string, QuestionSet>;

  constructor({ db, clock, ttlMs = 60_000 }: VocabularyPoolsDeps) {
    this.db = db;
    this.languagePools = new TtlCache({ ttlMs, clock });
    this.questionSets = new TtlCache({ ttlMs, clock });
  }

  languagePool(language: string, pos: PartOfSpeech): Promise<LanguagePool> {
    return this.languagePools.get(`${language}|${pos}`, async () =>
      indexLanguagePool(await loadTermWords(this.db, { language, pos }), language, pos),
    );
  }

  questionSet(sourceLanguage: string, targetLanguage: string, pos: PartOfSpeech): Promise<QuestionSet> {
    return this.questionSets.get(`${sourceLanguage}|${targetLanguage}|${pos}`, async () => {
      const [source, target] = await Promise.all([
        this.languagePool(sourceLanguage, pos),
        this.languagePool(targetLanguage, pos),
      ]);
      return indexQuestionSet(source, target);
    });
  }

  clear(): void {
    this.languagePools.clear();
    this.questionSets.clear();
  }
}

function presentationOf(display: string, row: TermWordRow): string {
  if (display === row.text) return "bare";
  return `${row.gender ?? "-"}${row.plural ? "|pl" : ""}`;
}

/** Indexes one language's words of one part of speech (rows ordered by term, then position). */
export function indexLanguagePool(rows: readonly TermWordRow[], language: string, pos: PartOfSpeech): LanguagePool {
  const shownByTerm = new Map<string, PoolWord>();
  const termsByKey = new Map<string, Set<string>>();
  const buckets = new Map<Difficulty, Map<string, PoolWord[]>>(DIFFICULTIES.map((d) => [d, new Map()]));
  const shownByKey = new Map<string, PoolWord>();
  for (const row of rows) {
    const key = comparableWord(row.text);
    const terms = termsByKey.get(key) ?? new Set<string>();
    terms.add(row.termId);
    termsByKey.set(key, terms);
    if (row.position !== 0 || shownByTerm.has(row.termId)) continue;
    const display = displayWord(language, { text: row.text, pos, gender: row.gender, plural: row.plural });
    const word: PoolWord = {
      termId: row.termId,
      text: row.text,
      key,
      family: lemmaFamily(language, row.text),
      display,
      presentation: presentationOf(display, row),
      difficulty: row.difficulty,
      hint: row.hint,
      offensive: row.offensive,
    };
    shownByTerm.set(row.termId, word);
    shownByKey.set(key, word);
    const byPresentation = buckets.get(row.difficulty);
    if (byPresentation === undefined) continue;
    const bucket = byPresentation.get(word.presentation) ?? [];
    bucket.push(word);
    byPresentation.set(word.presentation, bucket);
  }
  // A comparative or superlative joins its base's family when the base is a word of the pool (later → late).
  if (pos === "adjective" || pos === "adverb") {
    for (const word of shownByTerm.values()) {
      const base = degreeBases(language, word.key).find((candidate) => shownByKey.has(candidate));
      if (base !== undefined) word.family = shownByKey.get(base)!.family;
    }
  }
  return { shownByTerm, termsByKey, buckets };
}

/**
 * The terms with a shown word in both languages, bucketed by the target word's
 * difficulty, one per prompt (a word with a sense hint is one prompt per sense).
 */
export function indexQuestionSet(source: LanguagePool, target: LanguagePool): QuestionSet {
  const byDifficulty = new Map<Difficulty, PoolQuestion[]>(DIFFICULTIES.map((d) => [d, []]));
  const seenPrompts = new Set<string>();
  for (const [termId, prompt] of source.shownByTerm) {
    const answer = target.shownByTerm.get(termId);
    if (answer === undefined) continue;
    const seen = `${answer.difficulty}|${prompt.key}|${prompt.hint ?? ""}`;
    if (seenPrompts.has(seen)) continue;
    seenPrompts.add(seen);
    byDifficulty.get(answer.difficulty)?.push({ termId, prompt, answer });
  }
  return { byDifficulty, source, target };
}
