import { randomUUID } from "node:crypto";
import { DIFFICULTIES, OPTIONS_PER_QUESTION, type Difficulty, type Question } from "@lila/shared";
import { NotEnoughWordsError } from "../../lib/errors.js";
import type { DistractorPool, PoolQuestion, PoolWord, QuestionPool } from "./vocabulary-pools.js";
import { comparableWord } from "./word-comparison.js";

export type Random = () => number;

export interface BuiltQuestion extends Question {
  correctOptionId: number;
}

const DISTRACTORS = OPTIONS_PER_QUESTION - 1;

/**
 * Draws `rounds` questions of one difficulty and three distractors for each,
 * from pools already in memory. Distractors follow the rules of docs/ARCHITECTURE.md:
 * same language and part of speech (the pool), the answer's gender where both are
 * known, the same difficulty band first and the nearest bands after, never a valid
 * translation of the prompt, never the answer again with other case or accents.
 */
export function buildQuiz(
  questionPool: QuestionPool,
  distractorPool: DistractorPool,
  difficulty: Difficulty,
  rounds: number,
  random: Random = Math.random,
): BuiltQuestion[] {
  const candidates = questionPool.byDifficulty.get(difficulty) ?? [];
  const picked = sampleDistinctAnswers(candidates, rounds, random);
  if (picked.length < rounds) {
    throw new NotEnoughWordsError(
      `There are only ${picked.length} words for these settings and the game needs ${rounds}. Choose other settings.`,
    );
  }
  return picked.map((row) => buildQuestion(row, questionPool, distractorPool, random));
}

function buildQuestion(
  row: PoolQuestion,
  questionPool: QuestionPool,
  distractorPool: DistractorPool,
  random: Random,
): BuiltQuestion {
  const excluded = new Set(questionPool.validAnswers.get(row.promptKey));
  excluded.add(row.answerKey);
  const distractors = pickDistractors(row, distractorPool, excluded, random);
  if (distractors.length < DISTRACTORS) {
    throw new NotEnoughWordsError(
      "There are not enough different words for these settings yet. Choose other settings.",
    );
  }
  const texts = shuffle([row.answerDisplay, ...distractors], random);
  return {
    questionId: randomUUID(),
    prompt: row.promptDisplay,
    gloss: glossWithoutAnswer(row.gloss, excluded),
    options: texts.map((text, optionId) => ({ optionId, text })),
    correctOptionId: texts.indexOf(row.answerDisplay),
  };
}

/** A gloss that mentions any valid answer would give it away, so it is dropped. */
function glossWithoutAnswer(gloss: string | null, answers: Set<string>): string | null {
  if (!gloss) return null;
  const comparable = comparableWord(gloss);
  for (const answer of answers) if (answer && comparable.includes(answer)) return null;
  return gloss;
}

/**
 * Picks `count` rows with distinct answers: random probes are cheap on big
 * pools; a shuffle finishes small or crowded ones.
 */
function sampleDistinctAnswers(rows: PoolQuestion[], count: number, random: Random): PoolQuestion[] {
  const picked: PoolQuestion[] = [];
  const seen = new Set<string>();
  const take = (row: PoolQuestion) => {
    if (seen.has(row.answerKey)) return;
    seen.add(row.answerKey);
    picked.push(row);
  };
  for (let probe = 0; probe < count * 4 && picked.length < count && rows.length > 0; probe++) {
    take(rows[Math.floor(random() * rows.length)] as PoolQuestion);
  }
  if (picked.length < count) {
    for (const row of shuffle(rows, random)) {
      take(row);
      if (picked.length === count) break;
    }
  }
  return picked;
}

/** Difficulty bands ordered by distance from `difficulty`: itself, then its neighbours. */
function nearestBands(difficulty: Difficulty): Difficulty[] {
  const position = DIFFICULTIES.indexOf(difficulty);
  return [...DIFFICULTIES].sort(
    (a, b) => Math.abs(DIFFICULTIES.indexOf(a) - position) - Math.abs(DIFFICULTIES.indexOf(b) - position),
  );
}

function pickDistractors(row: PoolQuestion, pool: DistractorPool, excluded: Set<string>, random: Random): string[] {
  const chosen: string[] = [];
  const taken = new Set(excluded);
  const accept = (candidate: PoolWord) => {
    if (taken.has(candidate.key)) return false;
    taken.add(candidate.key);
    chosen.push(candidate.display);
    return true;
  };
  // Same gender first where the answer's is known; any gender only if that runs dry.
  const genderPasses: Array<(gender: string) => boolean> = row.gender
    ? [(gender) => gender === row.gender, (gender) => gender !== row.gender]
    : [() => true];
  for (const genderMatches of genderPasses) {
    for (const band of nearestBands(row.difficulty)) {
      const byGender = pool.buckets.get(band);
      if (!byGender) continue;
      for (const [gender, bucket] of byGender) {
        if (!genderMatches(gender)) continue;
        drawFromBucket(bucket, DISTRACTORS - chosen.length, accept, random);
        if (chosen.length === DISTRACTORS) return chosen;
      }
    }
  }
  return chosen;
}

/**
 * Takes up to `wanted` acceptable rows from a bucket: a few random probes
 * (cheap on big buckets), then a scan from a random start so that small or
 * crowded buckets still end.
 */
function drawFromBucket(bucket: PoolWord[], wanted: number, accept: (row: PoolWord) => boolean, random: Random): void {
  let taken = 0;
  for (let probe = 0; probe < wanted * 4 && taken < wanted; probe++) {
    if (accept(bucket[Math.floor(random() * bucket.length)] as PoolWord)) taken++;
  }
  const start = Math.floor(random() * bucket.length);
  for (let offset = 0; offset < bucket.length && taken < wanted; offset++) {
    if (accept(bucket[(start + offset) % bucket.length] as PoolWord)) taken++;
  }
}

export function shuffle<T>(items: T[], random: Random): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [result[index], result[other]] = [result[other] as T, result[index] as T];
  }
  return result;
}
