import {
  loadDistractorPool,
  loadQuestionPool,
  type Database,
  type DistractorPoolRow,
  type QuestionPoolRow,
} from "@lila/db";
import { DIFFICULTIES, withArticle, type Difficulty, type PartOfSpeech } from "@lila/shared";
import type { Clock } from "../../lib/clock.js";
import { TtlCache } from "../../lib/ttl-cache.js";
import { comparableWord } from "./word-comparison.js";

/** A candidate question with the comparable forms of its words, computed once per pool. */
export interface PoolQuestion extends QuestionPoolRow {
  promptKey: string;
  answerKey: string;
  /** What the learner sees: nouns with their article ("der Hund"). */
  promptDisplay: string;
  answerDisplay: string;
}

/** A candidate distractor with its comparable form. */
export interface PoolWord extends DistractorPoolRow {
  key: string;
  display: string;
}

/** The words one game draws from, indexed so that building a game needs no query. */
export interface QuestionPool {
  /** Candidate questions per target difficulty, one per distinct prompt. */
  byDifficulty: Map<Difficulty, PoolQuestion[]>;
  /** For each prompt (comparable form): every valid answer (comparable form). */
  validAnswers: Map<string, Set<string>>;
}

export interface DistractorPool {
  /** Target words bucketed by difficulty, then gender ("-" where unknown). */
  buckets: Map<Difficulty, Map<string, PoolWord[]>>;
  size: number;
}

export interface VocabularyPoolsDeps {
  db: Database;
  clock: Clock;
  /** How long a loaded pool is kept (the vocabulary changes only when an operator seeds). */
  ttlMs?: number;
}

/**
 * The vocabulary is read-mostly: it changes when an operator seeds. A pool is
 * loaded with one query the first time a game asks for it and kept for a
 * minute, so a game costs no query at all while the pool is warm. Concurrent
 * first requests share one load; a failed load is not remembered.
 */
export class VocabularyPools {
  private readonly db: Database;
  private readonly questionPools: TtlCache<string, QuestionPool>;
  private readonly distractorPools: TtlCache<string, DistractorPool>;

  constructor({ db, clock, ttlMs = 60_000 }: VocabularyPoolsDeps) {
    this.db = db;
    this.questionPools = new TtlCache({ ttlMs, clock });
    this.distractorPools = new TtlCache({ ttlMs, clock });
  }

  questionPool(sourceLanguage: string, targetLanguage: string, pos: PartOfSpeech): Promise<QuestionPool> {
    return this.questionPools.get(`${sourceLanguage}|${targetLanguage}|${pos}`, async () =>
      indexQuestionPool(await loadQuestionPool(this.db, { sourceLanguage, targetLanguage, pos }), {
        sourceLanguage,
        targetLanguage,
      }),
    );
  }

  distractorPool(targetLanguage: string, pos: PartOfSpeech): Promise<DistractorPool> {
    return this.distractorPools.get(`${targetLanguage}|${pos}`, async () =>
      indexDistractorPool(await loadDistractorPool(this.db, { targetLanguage, pos }), targetLanguage),
    );
  }

  clear(): void {
    this.questionPools.clear();
    this.distractorPools.clear();
  }
}

/** Languages are optional so that tests can index bare words; with them, nouns get their articles. */
export function indexQuestionPool(
  rows: QuestionPoolRow[],
  languages: { sourceLanguage: string; targetLanguage: string } = { sourceLanguage: "", targetLanguage: "" },
): QuestionPool {
  const byDifficulty = new Map<Difficulty, PoolQuestion[]>(DIFFICULTIES.map((d) => [d, []]));
  const validAnswers = new Map<string, Set<string>>();
  const seenPrompts = new Set<string>();
  for (const row of rows) {
    const question: PoolQuestion = {
      ...row,
      promptKey: comparableWord(row.prompt),
      answerKey: comparableWord(row.answer),
      promptDisplay: withArticle(languages.sourceLanguage, row.prompt, row.promptGender ?? null),
      answerDisplay: withArticle(languages.targetLanguage, row.answer, row.gender),
    };
    const answers = validAnswers.get(question.promptKey) ?? new Set<string>();
    answers.add(question.answerKey);
    validAnswers.set(question.promptKey, answers);
    const key = `${row.difficulty}|${question.promptKey}`;
    if (seenPrompts.has(key)) continue;
    seenPrompts.add(key);
    byDifficulty.get(row.difficulty)?.push(question);
  }
  return { byDifficulty, validAnswers };
}

export function indexDistractorPool(rows: DistractorPoolRow[], targetLanguage = ""): DistractorPool {
  const buckets = new Map<Difficulty, Map<string, PoolWord[]>>(DIFFICULTIES.map((d) => [d, new Map()]));
  for (const row of rows) {
    const byGender = buckets.get(row.difficulty);
    if (!byGender) continue;
    const gender = row.gender ?? "-";
    const bucket = byGender.get(gender) ?? [];
    bucket.push({ ...row, key: comparableWord(row.text), display: withArticle(targetLanguage, row.text, row.gender) });
    byGender.set(gender, bucket);
  }
  return { buckets, size: rows.length };
}
