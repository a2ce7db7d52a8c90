import { describe, expect, it } from "vitest";
import { answeredSentence } from "./answered-status";
import { player } from "./test-fixtures";

const players = [
  player("me", { name: "Me" }),
  player("ann", { name: "Ann" }),
  player("bob", { name: "Bob" }),
  player("cy", { name: "Cy", connected: false }),
];

describe("answeredSentence", () => {
  it("starts with nobody", () => {
    expect(answeredSentence(players, [], "me", false)).toBe("Nobody has answered yet.");
  });

  it("names the others who answered", () => {
    expect(answeredSentence(players, ["ann", "bob"], "me", false)).toBe("Ann and Bob answered.");
  });

  it("after our answer, says whom we wait for (connected players only)", () => {
    expect(answeredSentence(players, ["me"], "me", true)).toBe("Answer locked in. Waiting for Ann and Bob…");
    expect(answeredSentence(players, ["me", "ann"], "me", true)).toBe(
      "Answer locked in. Ann answered. Waiting for Bob…",
    );
  });
});
