import { AnswerResponse, GameSessionResponse, type AnswerBody, type StartGameBody } from "@lila/shared";
import { apiRequest } from "../../lib/api-client";

export function startGame(body: StartGameBody): Promise<GameSessionResponse> {
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
