import type { GameSettings, PlayableCell } from "@lila/shared";
import { useCallback, useState } from "react";
import { browserStorage } from "../../lib/browser-storage";
import { normalizeSettings } from "./settings-selection";
import { loadSavedSettings, saveSettings } from "./settings-storage";

/** The learner's last choice in this browser, fitted to what the catalog can play; null when nothing is playable. */
export function lastPlayableSettings(cells: readonly PlayableCell[]): GameSettings | null {
  return normalizeSettings(cells, loadSavedSettings(browserStorage()));
}

/**
 * The settings on a form: what the learner picks, remembered for next time,
 * always fitted to the catalog. Null until the catalog is known.
 */
export function useChosenSettings(
  cells: readonly PlayableCell[] | undefined,
): [GameSettings | null, (settings: GameSettings) => void] {
  const [chosen, setChosen] = useState<GameSettings | null>(null);
  const settings = cells ? (chosen ? normalizeSettings(cells, chosen) : lastPlayableSettings(cells)) : null;
  const choose = useCallback((next: GameSettings) => {
    setChosen(next);
    saveSettings(browserStorage(), next);
  }, []);
  return [settings, choose];
}
