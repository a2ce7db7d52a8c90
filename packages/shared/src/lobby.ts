import { z } from "zod";
import { GameSettings } from "./game.js";
import { Nickname } from "./names.js";

/** Crockford Base32 without I, L, O, U: no letters that read like digits. */
export const LOBBY_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const LOBBY_CODE_LENGTH = 6;
export const MIN_PLAYERS = 2;
export const MAX_PLAYERS = 4;
export const ROUND_SECONDS = 15;
/** How long a dropped player keeps their seat and score. */
export const RECONNECT_GRACE_MS = 60_000;

/** Codes are read aloud and typed: accept lower case and the usual look-alikes (O→0, I/L→1). */
export const LobbyCode = z
  .string()
  .trim()
  .transform((code) => code.toUpperCase().replace(/O/g, "0").replace(/[IL]/g, "1"))
  .pipe(z.string().regex(/^[0-9A-HJKMNP-TV-Z]{6}$/, "must be 6 characters of letters and digits"));
export type LobbyCode = z.infer<typeof LobbyCode>;

/** The host's choices: the quiz settings, plus an optional bonus for fast correct answers. */
export const MatchSettings = GameSettings.and(z.object({ speedBonus: z.boolean().default(false) }));
export type MatchSettings = z.infer<typeof MatchSettings>;

/** `abandoned`: the match was lost with its room (the server's state was lost); players are told so. */
export const LobbyStatus = z.enum(["waiting", "playing", "finished", "abandoned"]);
export type LobbyStatus = z.infer<typeof LobbyStatus>;

export const LobbyPlayer = z.object({
  userId: z.string(),
  name: z.string(),
  isHost: z.boolean(),
  connected: z.boolean(),
  score: z.number().int().nonnegative(),
});
export type LobbyPlayer = z.infer<typeof LobbyPlayer>;

export const Lobby = z.object({
  lobbyId: z.uuid(),
  code: z.string(),
  status: LobbyStatus,
  hostId: z.string(),
  settings: MatchSettings,
  players: z.array(LobbyPlayer),
  maxPlayers: z.number().int(),
});
export type Lobby = z.infer<typeof Lobby>;

export const CreateLobbyBody = z.object({
  /** A guest's name for this match; signed-in users default to their account name. */
  nickname: Nickname.optional(),
  settings: MatchSettings.optional(),
});
export type CreateLobbyBody = z.infer<typeof CreateLobbyBody>;

export const JoinLobbyBody = z.object({ nickname: Nickname.optional() });
export type JoinLobbyBody = z.infer<typeof JoinLobbyBody>;

export const LobbyCodeParams = z.object({ code: LobbyCode });

export const LobbyResponse = Lobby;
export type LobbyResponse = Lobby;
