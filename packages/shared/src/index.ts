export * from "./vocabulary.js";
export * from "./game.js";
export * from "./catalog.js";
export * from "./envelope.js";
export * from "./health.js";
