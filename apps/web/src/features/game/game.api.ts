import { AnswerResponse, GameSessionResponse, type AnswerBody, type StartGameBody } from "@lila/shared";
import { apiRequest } from "../../lib/api-client";
import { ensureSession } from "../auth";

/** A visitor's first game makes them a guest, so the game is theirs to keep (features/auth). */
export async function startGame(body: StartGameBody): Promise<GameSessionResponse> {
  await ensureSession();
  return apiRequest({
    path: "/api/v1/game/start",
    method: "POST",
    body,
    schema: GameSessionResponse,
  });
}

export function submitAnswer(body: AnswerBody): Promise<AnswerResponse> {
  return apiRequest({
    path: "/api/v1/game/answer",
    method: "POST",
    body,
    schema: AnswerResponse,
  });
}
