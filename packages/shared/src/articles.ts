import type { Gender } from "./vocabulary.js";

/** French nouns whose h is aspirated: "le héros", not "l'héros". The common ones. */
const FRENCH_ASPIRATED_H = new Set(
  "hache haie haine hall hamac hameau hamster hanche handicap hangar hareng haricot harpe hasard hâte hausse haut hauteur havre hérisson hernie héros hêtre hibou hiérarchie hockey homard honte hoquet housse hublot huit hurlement hutte".split(
    " ",
  ),
);
/** Spanish feminine nouns with a stressed initial a take "el": "el agua". */
const SPANISH_STRESSED_A = new Set(
  "agua águila alma arma ala alba ancla área arpa aula ave hacha hada hambre habla".split(" "),
);

const startsWithVowel = (word: string) => /^[aeiouàâäéèêëîïôöùûüœæ]/i.test(word);

/**
 * The word as a learner should meet a noun: with its definite article where the
 * gender is known ("il cane", "der Hund", "l'amica"). Other words, unknown genders
 * and languages without grammatical gender come back unchanged.
 */
export function withArticle(language: string, word: string, gender: Gender | null): string {
  if (!gender) return word;
  const lower = word.toLowerCase();
  switch (language) {
    case "de":
      return `${{ m: "der", f: "die", n: "das" }[gender]} ${word}`;
    case "it":
      if (startsWithVowel(lower)) return `l'${word}`;
      if (gender === "f") return `la ${word}`;
      if (gender === "n") return word;
      return /^(s[^aeiou]|z|gn|ps|pn|x|y)/.test(lower) ? `lo ${word}` : `il ${word}`;
    case "fr":
      if (gender === "n") return word;
      if (startsWithVowel(lower) || (lower.startsWith("h") && !FRENCH_ASPIRATED_H.has(lower))) return `l'${word}`;
      return `${gender === "m" ? "le" : "la"} ${word}`;
    case "es":
      if (gender === "n") return word;
      if (gender === "f" && SPANISH_STRESSED_A.has(lower)) return `el ${word}`;
      return `${gender === "m" ? "el" : "la"} ${word}`;
    default:
      return word;
  }
}
