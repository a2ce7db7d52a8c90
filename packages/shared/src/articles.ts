import type { Gender, PartOfSpeech } from "./vocabulary.js";

/**
 * How a learner should meet a word: nouns with their definite article ("il cane",
 * "gli occhiali", "el agua", "die Leute"), English verbs with "to" ("to say"). The
 * rules are the languages' own; the data only says gender and number.
 */

/** French nouns whose h is aspirated: "le héros", not "l'héros". The common ones. */
const FRENCH_ASPIRATED_H = new Set(
  "hache haie haine hall hamac hameau hamster hanche handicap hangar hareng haricot harpe hasard hâte hausse haut hauteur havre hérisson hernie héros hêtre hibou hiérarchie hockey homard honte hoquet housse hublot huit hurlement hutte".split(
    " ",
  ),
);
/** Feminine nouns with a stressed initial a that still take "la": letters and a few others. */
const SPANISH_STRESSED_A_WITH_LA = new Set(["a", "hache", "árabe", "árbitra", "haya"]);

/** Month names take no article in Spanish, Italian and French ("octubre", "ottobre", "octobre"). */
const MONTHS: Record<string, Set<string>> = {
  es: new Set(
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre".split(" "),
  ),
  it: new Set(
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(" "),
  ),
  fr: new Set("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(" ")),
};

const VOWEL = /^[aeiouàâäéèêëîïôöùûüœæáíóú]/i;
const ITALIAN_LO = /^(s[^aeiouàèéìòù]|z|gn|ps|pn|x|y|i[aeiouàèéìòù])/i;

export interface WordShape {
  text: string;
  pos?: PartOfSpeech;
  gender: Gender | null;
  /** Plurale tantum: the noun is only used in the plural (i soldi, die Leute, les gens). */
  plural?: boolean;
}

/** The word as the quiz shows it. */
export function displayWord(language: string, word: WordShape): string {
  if (language === "en" && word.pos === "verb") return /^to\s/i.test(word.text) ? word.text : `to ${word.text}`;
  if (word.pos !== undefined && word.pos !== "noun") return word.text;
  return withArticle(language, word.text, word.gender, word.plural ?? false);
}

/**
 * The noun with its definite article where the language has articles and the gender (or,
 * for German plurals, the number) is known; other words come back unchanged.
 */
export function withArticle(language: string, word: string, gender: Gender | null, plural = false): string {
  const lower = word.toLowerCase();
  if (!plural && MONTHS[language]?.has(lower)) return word;
  // Language names (Deutsch, Niederländisch) are used without an article; "das Deutsche" is another form.
  if (language === "de" && gender === "n" && !plural && /isch$/.test(word)) return word;
  switch (language) {
    case "de":
      if (plural) return `die ${word}`;
      return gender ? `${{ m: "der", f: "die", n: "das" }[gender]} ${word}` : word;
    case "it":
      if (gender === "f") return plural ? `le ${word}` : VOWEL.test(lower) ? `l'${word}` : `la ${word}`;
      if (gender !== "m") return word;
      if (plural) return VOWEL.test(lower) || ITALIAN_LO.test(lower) ? `gli ${word}` : `i ${word}`;
      return VOWEL.test(lower) ? `l'${word}` : ITALIAN_LO.test(lower) ? `lo ${word}` : `il ${word}`;
    case "fr":
      if (gender !== "m" && gender !== "f") return word;
      if (plural) return `les ${word}`;
      if (VOWEL.test(lower) || (lower.startsWith("h") && !FRENCH_ASPIRATED_H.has(lower))) return `l'${word}`;
      return `${gender === "m" ? "le" : "la"} ${word}`;
    case "es":
      if (gender !== "m" && gender !== "f") return word;
      if (plural) return `${gender === "m" ? "los" : "las"} ${word}`;
      if (gender === "f" && hasStressedInitialA(lower)) return `el ${word}`;
      return `${gender === "m" ? "el" : "la"} ${word}`;
    default:
      return word;
  }
}

/**
 * Spanish feminine nouns whose first syllable is a stressed a (or ha) take "el" in the
 * singular: el agua, el alma, el hacha, el águila, el aula — but la amiga, la harina.
 * Stress follows the spelling rules: a written accent marks it; otherwise words ending in
 * a vowel, n or s stress the second-to-last syllable, others the last one.
 */
export function hasStressedInitialA(lowerWord: string): boolean {
  if (SPANISH_STRESSED_A_WITH_LA.has(lowerWord)) return false;
  const word = lowerWord.startsWith("h") ? lowerWord.slice(1) : lowerWord;
  if (word.startsWith("á")) return true;
  if (!word.startsWith("a") || /[áéíóú]/.test(word)) return false;
  const syllables = spanishSyllableNuclei(word);
  if (syllables === 1) return true;
  const penultimateStress = /[aeiouns]$/.test(word);
  return penultimateStress ? syllables === 2 : false;
}

/** Vowel groups, counting a strong-vowel pair (a, e, o) as two syllables and i/u as gliding. */
function spanishSyllableNuclei(word: string): number {
  let count = 0;
  let previous = "";
  for (const char of word) {
    const vowel = /[aeiouü]/.test(char);
    if (vowel) {
      const strongPair = /[aeo]/.test(char) && /[aeo]/.test(previous);
      if (previous === "" || strongPair) count += 1;
      previous = char;
    } else {
      previous = "";
    }
  }
  return count;
}
