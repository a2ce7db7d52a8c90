import type { Lobby, LobbyPlayer, Question, WsServerMessage } from "@lila/shared";

/** Builders for the multiplayer unit tests: valid contract shapes with readable overrides. */
export const LOBBY_ID = "7b0f8a52-61c4-4a8e-9d55-0d6c8e1c3a10";

export function player(userId: string, overrides: Partial<LobbyPlayer> = {}): LobbyPlayer {
  return {
    userId,
    name: userId.toUpperCase(),
    isHost: false,
    connected: true,
    score: 0,
    ...overrides,
  };
}

export function lobby(overrides: Partial<Lobby> = {}): Lobby {
  return {
    lobbyId: LOBBY_ID,
    code: "AB12CD",
    status: "waiting",
    hostId: "ann",
    settings: {
      source_language: "en",
      target_language: "it",
      pos: "noun",
      difficulty: "easy",
      rounds: 3,
      speedBonus: false,
    },
    players: [player("ann", { isHost: true }), player("bob")],
    maxPlayers: 4,
    ...overrides,
  };
}

export function question(questionId: string, prompt = "dog"): Question {
  return {
    questionId,
    prompt,
    gloss: null,
    options: [
      { optionId: 0, text: "cane" },
      { optionId: 1, text: "gatto" },
      { optionId: 2, text: "casa" },
      { optionId: 3, text: "libro" },
    ],
  };
}

export const Q1 = "11111111-1111-4111-8111-111111111111";
export const Q2 = "22222222-2222-4222-8222-222222222222";

export function questionMessage(
  questionId: string,
  overrides: Partial<Extract<WsServerMessage, { type: "game:question" }>> = {},
): WsServerMessage {
  return {
    type: "game:question",
    lobbyId: LOBBY_ID,
    question: question(questionId),
    questionNumber: 1,
    totalQuestions: 3,
    deadline: 1_000_015_000,
    serverNow: 1_000_000_000,
    answeredUserIds: [],
    yourAnswer: null,
    ...overrides,
  };
}
