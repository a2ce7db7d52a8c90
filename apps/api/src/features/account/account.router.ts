import { Router } from "express";
import { endpoint } from "../../http/validate.js";
import { requireAuth, type IdentityResolver } from "../../http/identity.js";
import type { GameHistoryService } from "./game-history.service.js";

/** /api/v1/me/*: what belongs to the caller. */
export function createAccountRouter(history: GameHistoryService, identify: IdentityResolver): Router {
  const router = Router();
  router.get(
    "/me/games",
    requireAuth(identify),
    endpoint({}, (_input, req) => history.listGames(req.identity!.userId)),
  );
  return router;
}
