import { Router, type Request } from "express";
import { AnswerBody, StartGameBody } from "@lila/shared";
import { endpoint } from "../../http/validate.js";
import type { GameService } from "./game.service.js";

export function createGameRouter(games: GameService, ownerOf: (req: Request) => string | null): Router {
  const router = Router();
  router.post(
    "/start",
    endpoint({ body: StartGameBody }, ({ body }, req) => games.startGame(body, ownerOf(req)), { status: 201 }),
  );
  router.post(
    "/answer",
    endpoint({ body: AnswerBody }, ({ body }, req) => games.answerQuestion(body, ownerOf(req))),
  );
  return router;
}
