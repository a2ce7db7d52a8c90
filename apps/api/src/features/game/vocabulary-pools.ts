import { loadDistractorPool, loadQuestionPool, type Database, type DistractorPoolRow, type QuestionPoolRow } from "@lila/db";
import { DIFFICULTIES, type Difficulty, type PartOfSpeech } from "@lila/shared";
import { comparableWord } from "./word-comparison.js";

/** The words one game draws from, indexed so that building a game needs no query. */
export interface QuestionPool {
  /** Candidate questions per target difficulty, one per distinct prompt. */
  byDifficulty: Map<Difficulty, QuestionPoolRow[]>;
  /** For each prompt (comparable form): every valid answer (comparable form). */
  validAnswers: Map<string, Set<string>>;
}

export interface DistractorPool {
  /** Target words bucketed by difficulty, then gender ("-" where unknown). */
  buckets: Map<Difficulty, Map<string, DistractorPoolRow[]>>;
  size: number;
}

/**
 * The vocabulary is read-mostly: it changes when an operator seeds. A pool is
 * loaded with one query the first time a game asks for it and kept for
 * `ttlMs`, so a game costs no query at all while the pool is warm. Concurrent
 * first requests share one load.
 */
export class VocabularyPools {
  private readonly questionPools = new Map<string, { expiresAt: number; pool: Promise<QuestionPool> }>();
  private readonly distractorPools = new Map<string, { expiresAt: number; pool: Promise<DistractorPool> }>();

  constructor(
    private readonly db: Database,
    private readonly ttlMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  questionPool(sourceLanguage: string, targetLanguage: string, pos: PartOfSpeech): Promise<QuestionPool> {
    return this.cached(this.questionPools, `${sourceLanguage}|${targetLanguage}|${pos}`, async () =>
      indexQuestionPool(await loadQuestionPool(this.db, { sourceLanguage, targetLanguage, pos })),
    );
  }

  distractorPool(targetLanguage: string, pos: PartOfSpeech): Promise<DistractorPool> {
    return this.cached(this.distractorPools, `${targetLanguage}|${pos}`, async () =>
      indexDistractorPool(await loadDistractorPool(this.db, { targetLanguage, pos })),
    );
  }

  clear(): void {
    this.questionPools.clear();
    this.distractorPools.clear();
  }

  private cached<T>(cache: Map<string, { expiresAt: number; pool: Promise<T> }>, key: string, load: () => Promise<T>) {
    const hit = cache.get(key);
    if (hit && hit.expiresAt > this.now()) return hit.pool;
    const pool = load();
    cache.set(key, { expiresAt: this.now() + this.ttlMs, pool });
    // A failed load must not be remembered: the next game tries again.
    pool.catch(() => cache.delete(key));
    return pool;
  }
}

export function indexQuestionPool(rows: QuestionPoolRow[]): QuestionPool {
  const byDifficulty = new Map<Difficulty, QuestionPoolRow[]>(DIFFICULTIES.map((d) => [d, []]));
  const validAnswers = new Map<string, Set<string>>();
  const seenPrompts = new Set<string>();
  for (const row of rows) {
    const prompt = comparableWord(row.prompt);
    const answers = validAnswers.get(prompt) ?? new Set<string>();
    answers.add(comparableWord(row.answer));
    validAnswers.set(prompt, answers);
    const key = `${row.difficulty}|${prompt}`;
    if (seenPrompts.has(key)) continue;
    seenPrompts.add(key);
    byDifficulty.get(row.difficulty)?.push(row);
  }
  return { byDifficulty, validAnswers };
}

export function indexDistractorPool(rows: DistractorPoolRow[]): DistractorPool {
  const buckets = new Map<Difficulty, Map<string, DistractorPoolRow[]>>(DIFFICULTIES.map((d) => [d, new Map()]));
  for (const row of rows) {
    const byGender = buckets.get(row.difficulty);
    if (!byGender) continue;
    const gender = row.gender ?? "-";
    const bucket = byGender.get(gender) ?? [];
    bucket.push(row);
    byGender.set(gender, bucket);
  }
  return { buckets, size: rows.length };
}
