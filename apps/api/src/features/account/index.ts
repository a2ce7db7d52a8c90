/** What belongs to a signed-in player (or guest): their game history. */
export { createAccountRouter } from "./account.router.js";
export { createGameHistoryService, type GameHistoryService } from "./game-history.service.js";
