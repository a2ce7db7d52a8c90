import { randomBytes } from "node:crypto";
import { LOBBY_CODE_ALPHABET, LOBBY_CODE_LENGTH } from "@lila/shared";

/**
 * A lobby code: 6 characters of Crockford Base32 from a cryptographic source.
 * The alphabet has 32 letters, so the low 5 bits of a random byte pick one
 * without bias.
 */
export function generateLobbyCode(random: (size: number) => Buffer = randomBytes): string {
  const bytes = random(LOBBY_CODE_LENGTH);
  let code = "";
  for (const byte of bytes) code += LOBBY_CODE_ALPHABET[byte & 31];
  return code;
}
