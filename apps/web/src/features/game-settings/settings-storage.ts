import { Difficulty, LanguageCode, PartOfSpeech, ROUND_CHOICES, type GameSettings } from "@lila/shared";

const STORAGE_KEY = "lila:last-settings:v1";

/** The part of Web Storage we use; lets tests pass a plain object. */
export type SettingsStorage = Pick<Storage, "getItem" | "setItem">;

function field<T>(
  schema: {
    safeParse(input: unknown): { success: true; data: T } | { success: false };
  },
  value: unknown,
) {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Whatever survives validation of the last saved choice; stale or broken data gives {}. */
export function loadSavedSettings(storage: SettingsStorage | undefined): Partial<GameSettings> {
  let raw: unknown;
  try {
    const text = storage?.getItem(STORAGE_KEY);
    raw = text ? JSON.parse(text) : undefined;
  } catch {
    return {};
  }
  if (typeof raw !== "object" || raw === null) return {};
  const record = raw as Record<string, unknown>;
  const settings: Partial<GameSettings> = {};
  const source = field(LanguageCode, record.source_language);
  const target = field(LanguageCode, record.target_language);
  const pos = field(PartOfSpeech, record.pos);
  const difficulty = field(Difficulty, record.difficulty);
  const rounds = ROUND_CHOICES.find((choice) => choice === record.rounds);
  if (source) settings.source_language = source;
  if (target) settings.target_language = target;
  if (pos) settings.pos = pos;
  if (difficulty) settings.difficulty = difficulty;
  if (rounds) settings.rounds = rounds;
  return settings;
}

export function saveSettings(storage: SettingsStorage | undefined, settings: GameSettings): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Storage full or blocked (private mode): remembering the choice is a nicety.
  }
}
