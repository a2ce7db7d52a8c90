/**
 * A socket `error` in plain words. The server's own message is added only when
 * it reads like a sentence for people (short, one line); a match never stops
 * because of one of these.
 */
const BY_CODE: Record<string, string> = {
  rate_limited: "You're going a little fast. Wait a moment and try again.",
  conflict: "That didn't count.",
  not_found: "That lobby or question no longer exists.",
  forbidden: "Only the host can do that.",
  unauthorized: "Your session ended. Join the lobby again to keep playing.",
  validation_failed: "That wasn't accepted.",
  not_enough_words: "There are not enough words for these settings yet. Pick another level.",
  internal_error: "Something went wrong on our side. The match goes on.",
};

function isReadable(message: string): boolean {
  const text = message.trim();
  return text.length > 0 && text.length <= 140 && !/[\n{}<>]|Error:|at \S+:\d+/.test(text);
}

export function describeSocketProblem(code: string, message: string): string {
  const plain = BY_CODE[code] ?? "Something didn't work.";
  if (!isReadable(message)) return plain;
  const detail = message.trim().replace(/\.?$/, ".");
  return plain === detail ? plain : `${plain} ${detail}`;
}
