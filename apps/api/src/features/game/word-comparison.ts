/** Compares words as a learner sees them: case and accents do not make a different word. */
export function comparableWord(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("en").trim();
}
