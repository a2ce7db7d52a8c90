/** The settings a singleplayer game and a match share: what the catalog can play, the fields, the last choice. */
export { GameSettingsFields } from "./game-settings-fields";
export { findCell, normalizeSettings } from "./settings-selection";
export { lastPlayableSettings, useChosenSettings } from "./use-chosen-settings";
