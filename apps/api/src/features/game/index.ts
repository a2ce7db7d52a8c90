/** Singleplayer games: the quiz generator (shared with matches), the answer keys and their stores. */
export { createGameRouter } from "./game.router.js";
export { createGameService, type GameHistoryRecorder, type GameService } from "./game.service.js";
export type { AnswerOutcome, GameStore, StoredGame } from "./game.store.js";
export { MemoryGameStore } from "./memory-game.store.js";
export { ValkeyGameStore } from "./valkey-game.store.js";
export { createQuestionDrawer, type QuestionDrawer } from "./question-drawer.js";
export { buildQuiz, type BuiltQuestion, type Random } from "./quiz-builder.js";
// The pools' indexing is public too: the vocabulary's quality gate builds games from the files with it.
export {
  VocabularyPools,
  indexLanguagePool,
  indexQuestionSet,
  type LanguagePool,
  type PoolWord,
  type QuestionSet,
} from "./vocabulary-pools.js";
