import { Lobby, type CreateLobbyBody, type JoinLobbyBody, type LobbyCode } from "@lila/shared";
import { apiRequest } from "../../lib/api-client";

export function createLobby(body: CreateLobbyBody): Promise<Lobby> {
  return apiRequest({
    path: "/api/v1/lobbies",
    method: "POST",
    schema: Lobby,
    body,
  });
}

export function joinLobby(code: LobbyCode, body: JoinLobbyBody): Promise<Lobby> {
  return apiRequest({
    path: `/api/v1/lobbies/${encodeURIComponent(code)}/join`,
    method: "POST",
    schema: Lobby,
    body,
  });
}
