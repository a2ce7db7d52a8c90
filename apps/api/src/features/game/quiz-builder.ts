import { randomUUID } from "node:crypto";
import { DIFFICULTIES, OPTIONS_PER_QUESTION, type Difficulty, type Question } from "@lila/shared";
import { NotEnoughWordsError } from "../../lib/errors.js";
import type { PoolQuestion, PoolWord, QuestionSet } from "./vocabulary-pools.js";
import { comparableWord } from "./word-comparison.js";

export type Random = () => number;

export interface BuiltQuestion extends Question {
  correctOptionId: number;
  /** The term asked about: kept on the server with the answer key, never sent. */
  termId: string;
}

export interface QuizOptions {
  /** Vulgar and offensive words are left out unless the learner allows them. */
  includeOffensive: boolean;
}

const DISTRACTORS = OPTIONS_PER_QUESTION - 1;

/**
 * Draws `rounds` questions of one difficulty and three wrong options for each, from
 * pools already in memory. The rules (docs/ARCHITECTURE.md, "Quiz"):
 *
 * - a wrong option is a shown word of the target language in the same part of speech;
 * - it is never an accepted translation of the prompt in any sense (it shares no term
 *   with the prompt) nor a synonym of the answer (it shares no term with the answer),
 *   nor the answer again with other case or accents or in its reflexive form;
 * - it is presented like the answer: with an article when the answer has one, and of the
 *   answer's gender and number first; in the answer's difficulty band first, then the
 *   nearest bands;
 * - vulgar or offensive words appear nowhere unless the learner allows them.
 */
export function buildQuiz(
  questions: QuestionSet,
  difficulty: Difficulty,
  rounds: number,
  options: QuizOptions,
  random: Random = Math.random,
): BuiltQuestion[] {
  const allowed = (word: PoolWord) => options.includeOffensive || !word.offensive;
  const candidates = (questions.byDifficulty.get(difficulty) ?? []).filter(
    (question) => allowed(question.prompt) && allowed(question.answer),
  );
  const picked = sampleDistinctQuestions(candidates, rounds, random);
  if (picked.length < rounds) {
    throw new NotEnoughWordsError(
      `There are only ${picked.length} words for these settings and the game needs ${rounds}. Choose other settings.`,
    );
  }
  return picked.map((question) => buildQuestion(question, questions, allowed, random));
}

function buildQuestion(
  question: PoolQuestion,
  questions: QuestionSet,
  allowed: (word: PoolWord) => boolean,
  random: Random,
): BuiltQuestion {
  const { prompt, answer } = question;
  // Every sense the prompt has, and every term that says what the answer says.
  const related = new Set([
    ...(questions.source.termsByKey.get(prompt.key) ?? []),
    ...(questions.target.termsByKey.get(answer.key) ?? []),
  ]);
  const isRelated = (word: PoolWord) => {
    for (const term of questions.target.termsByKey.get(word.key) ?? []) if (related.has(term)) return true;
    return false;
  };
  const distractors = pickDistractors(answer, questions, (word) => allowed(word) && !isRelated(word), random);
  if (distractors.length < DISTRACTORS) {
    throw new NotEnoughWordsError(
      "There are not enough different words for these settings yet. Choose other settings.",
    );
  }
  const texts = shuffle([answer.display, ...distractors.map((word) => word.display)], random);
  return {
    questionId: randomUUID(),
    termId: question.termId,
    prompt: prompt.display,
    gloss: hintWithoutAnswer(prompt.hint, answer),
    options: texts.map((text, optionId) => ({ optionId, text })),
    correctOptionId: texts.indexOf(answer.display),
  };
}

/** The data never lets a hint give the answer away (npm run data:check); a hint that would is dropped all the same. */
function hintWithoutAnswer(hint: string | null, answer: PoolWord): string | null {
  if (!hint) return null;
  return comparableWord(hint).includes(answer.key) ? null : hint;
}

/**
 * Picks `count` questions with distinct prompts and answers: random probes are cheap on
 * big pools; a shuffle finishes small or crowded ones.
 */
function sampleDistinctQuestions(rows: PoolQuestion[], count: number, random: Random): PoolQuestion[] {
  const picked: PoolQuestion[] = [];
  const seen = new Set<string>();
  const take = (row: PoolQuestion) => {
    if (seen.has(`a:${row.answer.key}`) || seen.has(`p:${row.prompt.key}`)) return;
    seen.add(`a:${row.answer.key}`);
    seen.add(`p:${row.prompt.key}`);
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

/**
 * Three wrong options presented like the answer: the same presentation (article, gender,
 * number) first, then any presentation of the same kind (with or without article); the
 * answer's band first, then the nearest.
 */
function pickDistractors(
  answer: PoolWord,
  questions: QuestionSet,
  acceptable: (word: PoolWord) => boolean,
  random: Random,
): PoolWord[] {
  const chosen: PoolWord[] = [];
  const taken = new Set([answer.key, answer.family]);
  const accept = (candidate: PoolWord) => {
    if (taken.has(candidate.key) || taken.has(candidate.family) || !acceptable(candidate)) return false;
    taken.add(candidate.key);
    taken.add(candidate.family);
    chosen.push(candidate);
    return true;
  };
  const withArticle = (presentation: string) => presentation !== "bare";
  const passes: Array<(presentation: string) => boolean> = [
    (presentation) => presentation === answer.presentation,
    (presentation) =>
      presentation !== answer.presentation && withArticle(presentation) === withArticle(answer.presentation),
  ];
  for (const matches of passes) {
    for (const band of nearestBands(answer.difficulty)) {
      const byPresentation = questions.target.buckets.get(band);
      if (!byPresentation) continue;
      for (const [presentation, bucket] of byPresentation) {
        if (!matches(presentation)) continue;
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
