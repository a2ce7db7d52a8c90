import type { GameSettings } from "@lila/shared";
import type { CatalogService } from "../catalog/index.js";
import { buildQuiz, type BuiltQuestion, type Random } from "./quiz-builder.js";
import type { VocabularyPools } from "./vocabulary-pools.js";

/** Draws the questions of one game with their answer keys. */
export type QuestionDrawer = (settings: GameSettings) => Promise<BuiltQuestion[]>;

/**
 * The one generator behind a singleplayer game and a multiplayer match: the
 * questions come from the in-memory pools, so a warm game costs no query.
 */
export function createQuestionDrawer({
  pools,
  catalog,
  random,
}: {
  pools: VocabularyPools;
  catalog: Pick<CatalogService, "assertLanguagesExist">;
  random: Random;
}): QuestionDrawer {
  return async (settings) => {
    await catalog.assertLanguagesExist(settings.source_language, settings.target_language);
    const questions = await pools.questionSet(settings.source_language, settings.target_language, settings.pos);
    return buildQuiz(
      questions,
      settings.difficulty,
      settings.rounds,
      { includeOffensive: settings.include_offensive === true },
      random,
    );
  };
}
