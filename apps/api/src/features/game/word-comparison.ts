/** Compares words as a learner sees them: case and accents do not make a different word. */
export function comparableWord(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("en").trim();
}

/**
 * One key for a verb and its reflexive form, which a learner reads as forms of one word:
 * es levantar / levantarse, it alzare / alzarsi, fr laver / se laver, de waschen / sich
 * waschen. A wrong option must not be the answer's own lemma in another form.
 */
export function lemmaFamily(language: string, text: string): string {
  const word = comparableWord(text);
  switch (language) {
    case "es":
      return word.replace(/(ar|er|ir)se$/, "$1");
    case "it":
      return word.replace(/(a|e|i)rsi$/, "$1re").replace(/(o|u)rsi$/, "$1rre");
    case "fr":
      return word.replace(/^(se |s')/, "");
    case "de":
      return word.replace(/^sich /, "");
    default:
      return word;
  }
}

/**
 * Bases a word may be the comparative, superlative or absolute superlative of: en later
 * → late, bigger → big, easiest → easy; it piccolissimo → piccolo; es grandísimo → grande.
 * A word joins a base's family only when the base is in the same pool (a real word there).
 */
export function degreeBases(language: string, word: string): string[] {
  const bases: string[] = [];
  if (language === "en") {
    for (const ending of ["er", "est"]) {
      if (!word.endsWith(ending) || word.length < ending.length + 3) continue;
      const stem = word.slice(0, -ending.length);
      bases.push(stem, `${stem}e`);
      if (stem.endsWith("i")) bases.push(`${stem.slice(0, -1)}y`);
      if (/([bdgmnprt])\1$/.test(stem)) bases.push(stem.slice(0, -1));
    }
  }
  if (language === "it" && /issim[oaie]$/.test(word))
    bases.push(word.replace(/issim[oaie]$/, "o"), word.replace(/issim[oaie]$/, "e"));
  if (language === "es" && /ísim[oa]s?$/.test(word))
    bases.push(word.replace(/ísim[oa]s?$/, "o"), word.replace(/ísim[oa]s?$/, "e"));
  return bases;
}
