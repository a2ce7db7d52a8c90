import { z } from "zod";
import { AccountName, Nickname } from "./names.js";
import { Difficulty, LanguageCode, PartOfSpeech } from "./vocabulary.js";

/** Passwords: at least this long (the API and the sign-up form agree). */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

/** An OAuth provider the server has credentials for; the sign-in page shows exactly these. */
export const AuthProvider = z.object({
  /** What POST /api/auth/sign-in/social takes as `provider`. */
  id: z.string(),
  /** The button label: "Google", "GitHub". */
  name: z.string(),
});
export type AuthProvider = z.infer<typeof AuthProvider>;

export const AuthProvidersResponse = z.object({
  providers: z.array(AuthProvider),
  emailAndPassword: z.boolean(),
  guests: z.boolean(),
  minPasswordLength: z.number().int().positive(),
});
export type AuthProvidersResponse = z.infer<typeof AuthProvidersResponse>;

export const CurrentUser = z.object({
  id: z.string(),
  name: z.string(),
  /** Null for a guest (their placeholder address is not theirs to see). */
  email: z.string().nullable(),
  isGuest: z.boolean(),
});
export type CurrentUser = z.infer<typeof CurrentUser>;

/** GET /api/v1/me: who the session cookie belongs to, or null without one. */
export const MeResponse = z.object({ user: CurrentUser.nullable() });
export type MeResponse = z.infer<typeof MeResponse>;

/** One singleplayer game in a user's history. */
export const GameHistoryEntry = z.object({
  gameId: z.uuid(),
  source_language: LanguageCode,
  target_language: LanguageCode,
  pos: PartOfSpeech,
  difficulty: Difficulty,
  rounds: z.number().int(),
  answered: z.number().int(),
  correct: z.number().int(),
  startedAt: z.iso.datetime({ offset: true }),
  finishedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type GameHistoryEntry = z.infer<typeof GameHistoryEntry>;

export const GameHistoryResponse = z.object({ games: z.array(GameHistoryEntry) });
export type GameHistoryResponse = z.infer<typeof GameHistoryResponse>;

/*
 * The names in Better Auth's request bodies (its own schemas check the rest):
 * the API checks them before Better Auth sees the request, so that a bad name
 * is a 400 naming the field, like everywhere else.
 */
export const SignUpNames = z.object({ name: AccountName });
export const UpdateUserNames = z.object({ name: AccountName.optional() });
/** A guest picks a nickname (or gets "Guest NNNN"). */
export const GuestSignInNames = z.object({ name: Nickname.optional() });
