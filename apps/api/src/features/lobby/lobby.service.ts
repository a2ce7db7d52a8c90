import {
  addLobbyPlayer,
  findLobbyByCode,
  findLobbyById,
  insertLobby,
  markLobbyAbandoned,
  recordMatchFinished,
  recordMatchStarted,
  removeLobbyPlayer,
  transferLobbySeats,
  updateLobby,
  type Database,
  type LobbyRecord,
} from "@lila/db";
import { MAX_PLAYERS, type CreateLobbyBody, type FinalStanding, type MatchSettings } from "@lila/shared";
import { ConflictError, NotFoundError } from "../../lib/errors.js";
import type { Identity } from "../../http/identity.js";
import type { CatalogService } from "../catalog/index.js";

export const DEFAULT_MATCH_SETTINGS: MatchSettings = {
  source_language: "en",
  target_language: "it",
  pos: "noun",
  difficulty: "easy",
  rounds: 10,
  speedBonus: false,
};

/** A durable consequence of a match room's transition, written to PostgreSQL by the process that applied it. */
export type LobbyEffect =
  | { kind: "player_left"; userId: string }
  | { kind: "host_changed"; hostId: string }
  | { kind: "settings_changed"; settings: MatchSettings }
  | { kind: "match_started"; settings: MatchSettings }
  | { kind: "match_finished"; matchId: string; standings: FinalStanding[] }
  | { kind: "match_abandoned" }
  | { kind: "lobby_closed" };

/** 32^6 codes make a collision rare; a few draws make a failure practically impossible. */
const CODE_ATTEMPTS = 8;

function displayName(identity: Identity, nickname: string | undefined): string {
  return (nickname ?? identity.name).trim().slice(0, 24) || "Player";
}

export interface LobbyServiceDeps {
  db: Database;
  catalog: Pick<CatalogService, "assertLanguagesExist">;
  generateCode: () => string;
}

/** Lobbies as durable records in PostgreSQL: creating, joining, and writing down what rooms decided. */
export function createLobbyService({ db, catalog, generateCode }: LobbyServiceDeps) {
  return {
    async createLobby(identity: Identity, body: CreateLobbyBody): Promise<LobbyRecord> {
      const settings = body.settings ?? DEFAULT_MATCH_SETTINGS;
      await catalog.assertLanguagesExist(settings.source_language, settings.target_language);
      for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
        const created = await insertLobby(db, {
          code: generateCode(),
          hostId: identity.userId,
          hostName: displayName(identity, body.nickname),
          settings,
          maxPlayers: MAX_PLAYERS,
        });
        if (created) return created;
      }
      throw new Error(`no free lobby code after ${CODE_ATTEMPTS} attempts`);
    },

    /** Takes a seat by code; a member joining again gets the lobby back. */
    async joinLobby(identity: Identity, code: string, nickname?: string): Promise<LobbyRecord> {
      const outcome = await addLobbyPlayer(db, {
        code,
        userId: identity.userId,
        name: displayName(identity, nickname),
      });
      switch (outcome.status) {
        case "not_found":
          throw new NotFoundError("There is no lobby with this code. Check the code and try again.");
        case "full":
          throw new ConflictError("This lobby is full.");
        case "started":
          throw new ConflictError("This match has already started.");
        case "joined":
        case "member":
          return outcome.lobby;
      }
    },

    findByCode: (code: string) => findLobbyByCode(db, code),
    /** A guest became an account: its seats (and hosting) are the account's now. Returns the lobbies concerned. */
    transferSeats: (fromUserId: string, toUserId: string) => transferLobbySeats(db, fromUserId, toUserId),
    findById: (lobbyId: string) => findLobbyById(db, lobbyId),

    /** Writes down the durable consequences of a room transition, in order. */
    async recordEffects(lobbyId: string, effects: LobbyEffect[]): Promise<void> {
      for (const effect of effects) {
        switch (effect.kind) {
          case "player_left":
            await removeLobbyPlayer(db, lobbyId, effect.userId);
            break;
          case "host_changed":
            await updateLobby(db, lobbyId, { hostId: effect.hostId });
            break;
          case "settings_changed":
            await updateLobby(db, lobbyId, { settings: effect.settings });
            break;
          case "match_started":
            await recordMatchStarted(db, lobbyId, effect.settings);
            break;
          case "match_finished":
            await recordMatchFinished(db, lobbyId, { matchId: effect.matchId, standings: effect.standings });
            break;
          case "match_abandoned":
            await markLobbyAbandoned(db, lobbyId);
            break;
          case "lobby_closed":
            await updateLobby(db, lobbyId, { status: "finished" });
            break;
        }
      }
    },
  };
}

export type LobbyService = ReturnType<typeof createLobbyService>;
