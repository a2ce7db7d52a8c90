import { Nickname } from "@lila/shared";

const STORAGE_KEY = "lila:nickname:v1";

/** The part of Web Storage we use; lets tests pass a plain object. */
export type NicknameStorage = Pick<Storage, "getItem" | "setItem">;

export function loadNickname(storage: NicknameStorage | undefined): string {
  try {
    const parsed = Nickname.safeParse(storage?.getItem(STORAGE_KEY) ?? "");
    return parsed.success ? parsed.data : "";
  } catch {
    return "";
  }
}

export function saveNickname(storage: NicknameStorage | undefined, nickname: string): void {
  try {
    storage?.setItem(STORAGE_KEY, nickname.trim());
  } catch {
    // Private mode or full storage: remembering the name is a nicety.
  }
}

/** A message for the nickname field, or null when it is fine. */
export function nicknameProblem(nickname: string): string | null {
  const parsed = Nickname.safeParse(nickname);
  if (parsed.success) return null;
  return nickname.trim() === ""
    ? "Enter a nickname so the others know who you are."
    : "Keep your nickname to 24 characters or fewer.";
}

/** Accepts what people type or read aloud: lower case, spaces, O for 0, I/L for 1. */
export function normalizeCodeInput(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1").slice(0, 6);
}
