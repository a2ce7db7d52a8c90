export * from "./vocabulary.js";
export * from "./game.js";
export * from "./catalog.js";
export * from "./envelope.js";
export * from "./health.js";
export * from "./lobby.js";
export * from "./realtime.js";
