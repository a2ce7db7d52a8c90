/** The settings a singleplayer game and a match share: what the catalog can play, the fields, the last choice. */
export { GameSettingsFields } from "./game-settings-fields";
export { DEFAULT_SETTINGS, findCell, normalizeSettings } from "./settings-selection";
export { loadSavedSettings, saveSettings } from "./settings-storage";
