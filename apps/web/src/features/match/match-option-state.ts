import type { OptionState } from "../question";

/** How an option looks in a match: your locked-in answer, then the round's verdict once it is known. */
export function matchOptionState(
  optionId: number,
  yourAnswer: number | null,
  correctOptionId: number | null,
): OptionState {
  if (correctOptionId === null) {
    return optionId === yourAnswer ? "selected" : "idle";
  }
  if (optionId === correctOptionId) return "correct";
  if (optionId === yourAnswer) return "incorrect";
  return "dimmed";
}
