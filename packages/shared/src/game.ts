import { z } from "zod";
import { Difficulty, LanguageCode, PartOfSpeech } from "./vocabulary.js";

export const ROUND_CHOICES = [3, 10] as const;
export const OPTIONS_PER_QUESTION = 4;
export const GAME_SESSION_IDLE_MS = 30 * 60 * 1000;

export const GameSettings = z
  .object({
    source_language: LanguageCode,
    target_language: LanguageCode,
    pos: PartOfSpeech,
    difficulty: Difficulty,
    rounds: z.union([z.literal(3), z.literal(10)], {
      error: "must be 3 or 10",
    }),
    /** Vulgar and offensive words are left out unless the learner turns this on. */
    include_offensive: z.boolean().optional(),
  })
  .refine((settings) => settings.source_language !== settings.target_language, {
    path: ["target_language"],
    message: "must differ from source_language",
  });
export type GameSettings = z.infer<typeof GameSettings>;

export const StartGameBody = GameSettings;
export type StartGameBody = GameSettings;

export const OptionId = z
  .number()
  .int()
  .min(0)
  .max(OPTIONS_PER_QUESTION - 1);

export const QuestionOption = z.object({
  optionId: OptionId,
  text: z.string(),
});
export type QuestionOption = z.infer<typeof QuestionOption>;

export const Question = z.object({
  questionId: z.uuid(),
  prompt: z.string(),
  gloss: z.string().nullable(),
  options: z.array(QuestionOption).length(OPTIONS_PER_QUESTION),
});
export type Question = z.infer<typeof Question>;

export const GameSessionResponse = z.object({
  sessionId: z.uuid(),
  questions: z.array(Question),
});
export type GameSessionResponse = z.infer<typeof GameSessionResponse>;

export const AnswerBody = z.object({
  sessionId: z.uuid(),
  questionId: z.uuid(),
  selectedOptionId: OptionId,
});
export type AnswerBody = z.infer<typeof AnswerBody>;

export const AnswerResponse = z.object({
  questionId: z.uuid(),
  isCorrect: z.boolean(),
  correctOptionId: OptionId,
  selectedOptionId: OptionId,
});
export type AnswerResponse = z.infer<typeof AnswerResponse>;
