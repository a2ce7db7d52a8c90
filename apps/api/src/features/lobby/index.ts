/** Lobbies as durable records: the HTTP routes that create and join them, and what a match writes back. */
export { createLobbyRouter } from "./lobby.router.js";
export { createLobbyService, DEFAULT_MATCH_SETTINGS, type LobbyEffect, type LobbyService } from "./lobby.service.js";
export { generateLobbyCode } from "./lobby-code.js";
export { createJoinAttempts, type JoinAttempts, type JoinAttemptLimits } from "./join-attempts.js";
