import { describe, expect, it } from "vitest";
import { loadNickname, nicknameProblem, normalizeCodeInput, saveNickname } from "./nickname-storage";

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

describe("nickname", () => {
  it("remembers a trimmed nickname and forgets invalid ones", () => {
    const storage = memoryStorage();
    expect(loadNickname(storage)).toBe("");
    saveNickname(storage, "  Ann ");
    expect(loadNickname(storage)).toBe("Ann");
    storage.setItem("lila:nickname:v1", "x".repeat(40));
    expect(loadNickname(storage)).toBe("");
  });

  it("explains what is wrong with a nickname", () => {
    expect(nicknameProblem("Ann")).toBeNull();
    expect(nicknameProblem("   ")).toMatch(/Enter a nickname/);
    expect(nicknameProblem("x".repeat(25))).toMatch(/24 characters/);
  });
});

describe("normalizeCodeInput", () => {
  it("reads codes the way people type them", () => {
    expect(normalizeCodeInput("ab1 2cd")).toBe("AB12CD");
    expect(normalizeCodeInput("olio-xz9")).toBe("0110XZ");
    expect(normalizeCodeInput("abcdefgh")).toBe("ABCDEF");
  });
});
