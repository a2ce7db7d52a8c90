import { describe, expect, it } from "vitest";
import { loadSavedSettings, saveSettings, type SettingsStorage } from "./settings-storage";

function memoryStorage(initial: Record<string, string> = {}): SettingsStorage & { values: Record<string, string> } {
  const values = { ...initial };
  return {
    values,
    getItem: (key) => values[key] ?? null,
    setItem: (key, value) => {
      values[key] = value;
    },
  };
}

describe("settings storage", () => {
  it("round-trips the last choice", () => {
    const storage = memoryStorage();
    const settings = {
      source_language: "de",
      target_language: "es",
      pos: "adverb",
      difficulty: "hard",
      rounds: 3,
    } as const;
    saveSettings(storage, settings);
    expect(loadSavedSettings(storage)).toEqual(settings);
  });

  it("keeps only the fields that are still valid", () => {
    const storage = memoryStorage({
      "lila:last-settings:v1": JSON.stringify({
        source_language: "EN!",
        target_language: "it",
        pos: "pronoun",
        difficulty: "easy",
        rounds: 7,
      }),
    });
    expect(loadSavedSettings(storage)).toEqual({
      target_language: "it",
      difficulty: "easy",
    });
  });

  it("survives broken JSON, missing storage and a throwing storage", () => {
    expect(loadSavedSettings(memoryStorage({ "lila:last-settings:v1": "{nope" }))).toEqual({});
    expect(loadSavedSettings(undefined)).toEqual({});
    const throwing: SettingsStorage = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("full");
      },
    };
    expect(loadSavedSettings(throwing)).toEqual({});
    expect(() =>
      saveSettings(throwing, {
        source_language: "en",
        target_language: "it",
        pos: "noun",
        difficulty: "easy",
        rounds: 3,
      }),
    ).not.toThrow();
  });
});
