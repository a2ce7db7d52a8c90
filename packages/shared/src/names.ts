import { z } from "zod";

/**
 * What a name shown to other players may not contain: C0 and C1 control
 * characters and DEL (NUL cannot even be stored), the line and paragraph
 * separators, and the bidirectional overrides and isolates, which make the
 * text around them read in another order ("gpj.exe" shown as "exe.jpg").
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN_IN_NAMES = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

/** An account's display name (sign-up, profile, a guest's name). */
export const MAX_ACCOUNT_NAME_LENGTH = 50;
/** A name for one lobby; short enough for the scoreboard. */
export const MAX_NICKNAME_LENGTH = 24;

function displayName(maxLength: number) {
  return z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(maxLength, `must be at most ${maxLength} characters`)
    .refine((name) => !FORBIDDEN_IN_NAMES.test(name), "must not contain control or text-direction characters");
}

export const Nickname = displayName(MAX_NICKNAME_LENGTH);
export const AccountName = displayName(MAX_ACCOUNT_NAME_LENGTH);

/** A name from elsewhere (an OAuth profile): the forbidden characters dropped, the length capped. */
export function cleanDisplayName(name: string, maxLength = MAX_ACCOUNT_NAME_LENGTH): string {
  return name.replace(new RegExp(FORBIDDEN_IN_NAMES.source, "g"), "").trim().slice(0, maxLength).trim();
}
