import type { Language } from "../vocabulary/term.js";

/**
 * Adjectives an adverb may be derived from, by the regular suffix of its language:
 * English -ly, Italian/Spanish -mente, French -ment. Used to confirm an adverb pair
 * through its adjective pair (`quickly = rapidamente` because `quick = rapido` is
 * confirmed). Over-generating is harmless: only adjectives a dictionary pairs count.
 */
export function adjectivesOfAdverb(adverb: string, language: Language): string[] {
  const candidates = new Set<string>();
  const add = (word: string) => {
    if (word.length >= 2) candidates.add(word);
  };
  if (language === "en" && adverb.endsWith("ly")) {
    const base = adverb.slice(0, -2);
    add(base); // quickly → quick
    add(`${base}e`); // truly → true
    add(`${adverb.slice(0, -1)}e`); // simply → simple, gently → gentle
    if (base.endsWith("i")) add(`${base.slice(0, -1)}y`); // happily → happy
    if (adverb.endsWith("ally")) add(adverb.slice(0, -4)); // basically → basic
  }
  if ((language === "it" || language === "es") && adverb.endsWith("mente")) {
    const base = adverb.slice(0, -5);
    add(base); // velocemente → veloce
    add(`${base}e`); // facilmente → facile, regolarmente → regolare
    if (base.endsWith("a")) add(`${base.slice(0, -1)}o`); // rapidamente → rapido
  }
  if (language === "fr" && adverb.endsWith("ment")) {
    const base = adverb.slice(0, -4);
    add(base); // rapidement → rapide, vraiment → vrai
    if (base.endsWith("e")) add(base.slice(0, -1)); // lentement → lent
    const endings: [string, string][] = [
      ["euse", "eux"], // heureusement → heureux
      ["ive", "if"], // activement → actif
      ["ière", "ier"], // entièrement → entier
      ["elle", "el"], // naturellement → naturel
      ["ienne", "ien"], // quotidiennement → quotidien
      ["ète", "et"], // complètement → complet
    ];
    for (const [from, to] of endings) if (base.endsWith(from)) add(`${base.slice(0, -from.length)}${to}`);
    if (adverb.endsWith("emment")) add(`${adverb.slice(0, -6)}ent`); // évidemment → évident
    if (adverb.endsWith("amment")) add(`${adverb.slice(0, -6)}ant`); // constamment → constant
  }
  return [...candidates];
}
