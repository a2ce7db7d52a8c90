import { expect, it } from "vitest";
import { matchOptionState } from "./match-option-state";

it("shows your locked-in answer during the round, then the verdict", () => {
  expect([0, 1, 2, 3].map((id) => matchOptionState(id, 2, null))).toEqual(["idle", "idle", "selected", "idle"]);
  expect([0, 1, 2, 3].map((id) => matchOptionState(id, 2, 1))).toEqual(["dimmed", "correct", "incorrect", "dimmed"]);
  expect([0, 1, 2, 3].map((id) => matchOptionState(id, 1, 1))).toEqual(["dimmed", "correct", "dimmed", "dimmed"]);
  expect([0, 1, 2, 3].map((id) => matchOptionState(id, null, 3))).toEqual(["dimmed", "dimmed", "dimmed", "correct"]);
});
