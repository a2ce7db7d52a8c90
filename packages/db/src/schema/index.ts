export * from "./vocabulary.js";
export * from "./lobbies.js";
export * from "./auth.js";
export * from "./games.js";
