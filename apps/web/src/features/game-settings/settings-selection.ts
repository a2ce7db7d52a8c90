import {
  DIFFICULTIES,
  PARTS_OF_SPEECH,
  ROUND_CHOICES,
  type Difficulty,
  type GameSettings,
  type LanguageCode,
  type PartOfSpeech,
  type PlayableCell,
} from "@lila/shared";

/**
 * The settings screen offers only combinations the catalog says are playable.
 * Each field narrows the next: source → target → part of speech → difficulty → rounds.
 */
export type Rounds = GameSettings["rounds"];

export const DEFAULT_SETTINGS: GameSettings = {
  source_language: "en",
  target_language: "it",
  pos: "noun",
  difficulty: "easy",
  rounds: 10,
};

const SMALLEST_ROUNDS = Math.min(...ROUND_CHOICES);

/** Cells a game can actually be started with. */
export function playableCells(cells: readonly PlayableCell[]): PlayableCell[] {
  return cells.filter((cell) => cell.words >= SMALLEST_ROUNDS && cell.source_language !== cell.target_language);
}

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}

export function sourceLanguages(cells: readonly PlayableCell[]): LanguageCode[] {
  return distinct(playableCells(cells).map((cell) => cell.source_language));
}

export function targetLanguages(cells: readonly PlayableCell[], source: LanguageCode): LanguageCode[] {
  return distinct(
    playableCells(cells)
      .filter((cell) => cell.source_language === source)
      .map((cell) => cell.target_language),
  );
}

export function partsOfSpeech(
  cells: readonly PlayableCell[],
  source: LanguageCode,
  target: LanguageCode,
): PartOfSpeech[] {
  const available = new Set(
    playableCells(cells)
      .filter((cell) => cell.source_language === source && cell.target_language === target)
      .map((cell) => cell.pos),
  );
  return PARTS_OF_SPEECH.filter((pos) => available.has(pos));
}

export function difficulties(
  cells: readonly PlayableCell[],
  source: LanguageCode,
  target: LanguageCode,
  pos: PartOfSpeech,
): Difficulty[] {
  const available = new Set(
    playableCells(cells)
      .filter((cell) => cell.source_language === source && cell.target_language === target && cell.pos === pos)
      .map((cell) => cell.difficulty),
  );
  return DIFFICULTIES.filter((difficulty) => available.has(difficulty));
}

export function findCell(
  cells: readonly PlayableCell[],
  settings: Pick<GameSettings, "source_language" | "target_language" | "pos" | "difficulty">,
): PlayableCell | undefined {
  return playableCells(cells).find(
    (cell) =>
      cell.source_language === settings.source_language &&
      cell.target_language === settings.target_language &&
      cell.pos === settings.pos &&
      cell.difficulty === settings.difficulty,
  );
}

export function roundChoices(cell: PlayableCell | undefined): Rounds[] {
  return ROUND_CHOICES.filter((rounds) => cell !== undefined && cell.words >= rounds);
}

function pick<T>(preferred: T | undefined, available: readonly T[], fallback: T): T | undefined {
  if (preferred !== undefined && available.includes(preferred)) return preferred;
  if (available.includes(fallback)) return fallback;
  return available[0];
}

/**
 * The closest playable settings to `preferred`: every field that is still
 * available is kept, the first that is not is replaced by a default or the
 * first available value, and the fields after it are re-checked. Null when
 * the catalog has nothing playable.
 */
export function normalizeSettings(
  cells: readonly PlayableCell[],
  preferred: Partial<GameSettings>,
): GameSettings | null {
  const source = pick(preferred.source_language, sourceLanguages(cells), DEFAULT_SETTINGS.source_language);
  if (source === undefined) return null;
  const target = pick(preferred.target_language, targetLanguages(cells, source), DEFAULT_SETTINGS.target_language);
  if (target === undefined) return null;
  const pos = pick(preferred.pos, partsOfSpeech(cells, source, target), DEFAULT_SETTINGS.pos);
  if (pos === undefined) return null;
  const difficulty = pick(preferred.difficulty, difficulties(cells, source, target, pos), DEFAULT_SETTINGS.difficulty);
  if (difficulty === undefined) return null;
  const cell = findCell(cells, {
    source_language: source,
    target_language: target,
    pos,
    difficulty,
  });
  const rounds = pick(preferred.rounds, roundChoices(cell), DEFAULT_SETTINGS.rounds);
  if (rounds === undefined) return null;
  return {
    source_language: source,
    target_language: target,
    pos,
    difficulty,
    rounds,
  };
}

export function canSwapLanguages(cells: readonly PlayableCell[], settings: GameSettings): boolean {
  return targetLanguages(cells, settings.target_language).includes(settings.source_language);
}

export function swapLanguages(cells: readonly PlayableCell[], settings: GameSettings): GameSettings {
  if (!canSwapLanguages(cells, settings)) return settings;
  return (
    normalizeSettings(cells, {
      ...settings,
      source_language: settings.target_language,
      target_language: settings.source_language,
    }) ?? settings
  );
}
