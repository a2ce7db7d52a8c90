import type { Language, PartOfSpeech } from "../vocabulary/term.js";

/**
 * The lemma and its obvious regular forms, for looking a core word up in a list of
 * surface forms (`casa` → `case`, `parler` → `parle`, `parlé`). A review aid, not a
 * morphology: irregular forms are missed, but the lemma of an irregular word is
 * frequent itself (go, sein, avoir), and a miss only puts a word on the list to check.
 */

const REFLEXIVE = /^(?:sich |se |s'|s’)/u;

function englishForms(word: string, pos: PartOfSpeech): string[] {
  const stem = word.replace(/e$/, "");
  const consonantY = /[^aeiou]y$/.test(word) ? word.slice(0, -1) : undefined;
  const doubled = /[^aeiou][aeiou][bdgklmnprt]$/.test(word) ? word + word.slice(-1) : word;
  switch (pos) {
    case "noun":
      return [`${word}s`, `${word}es`, ...(consonantY === undefined ? [] : [`${consonantY}ies`])];
    case "verb":
      return [
        `${word}s`,
        `${word}es`,
        `${stem}ed`,
        `${doubled}ed`,
        `${stem}ing`,
        `${doubled}ing`,
        ...(consonantY === undefined ? [] : [`${consonantY}ies`, `${consonantY}ied`]),
      ];
    case "adjective":
      return [`${stem}er`, `${stem}est`, ...(consonantY === undefined ? [] : [`${consonantY}ier`])];
    case "adverb":
      return [];
  }
}

function italianForms(word: string, pos: PartOfSpeech): string[] {
  if (pos === "verb") {
    const match = /^(.*)([aei])re$/.exec(word);
    if (match === null) return [];
    const [, stem = "", vowel = ""] = match;
    const endings: Record<string, string[]> = {
      a: ["o", "i", "a", "iamo", "ate", "ano", "ato", "ando", "ava"],
      e: ["o", "i", "e", "iamo", "ete", "ono", "uto", "endo", "eva"],
      i: ["o", "i", "e", "iamo", "ite", "ono", "ito", "endo", "iva", "isco", "isce"],
    };
    return (endings[vowel] ?? []).map((ending) => stem + ending);
  }
  const stem = word.slice(0, -1);
  const hard = /[cg]$/.test(stem) ? `${stem}h` : stem;
  if (pos === "adjective") {
    if (word.endsWith("o")) return [`${stem}a`, `${hard}i`, `${hard}e`, `${stem}i`, `${stem}e`];
    return word.endsWith("e") ? [`${stem}i`] : [];
  }
  if (pos !== "noun") return [];
  // Regular plurals only: guessing across genders would let `caso` rank `casa`.
  if (word.endsWith("a")) return [`${hard}e`];
  if (word.endsWith("io")) return [stem];
  if (word.endsWith("o") || word.endsWith("e")) return [`${stem}i`, `${hard}i`];
  return [];
}

function spanishForms(word: string, pos: PartOfSpeech): string[] {
  if (pos === "verb") {
    const match = /^(.*)([aei])r$/.exec(word);
    if (match === null) return [];
    const [, stem = "", vowel = ""] = match;
    const endings =
      vowel === "a"
        ? ["o", "as", "a", "amos", "áis", "an", "ado", "ando", "é", "ó", "aba"]
        : ["o", "es", "e", "emos", "imos", "en", "ido", "iendo", "í", "ió", "ía"];
    return endings.map((ending) => stem + ending);
  }
  const plural = /[aeiouáéó]$/.test(word) ? `${word}s` : `${word}es`;
  if (pos === "noun") return [plural];
  if (pos === "adjective" && word.endsWith("o")) {
    const stem = word.slice(0, -1);
    return [`${stem}a`, `${stem}os`, `${stem}as`];
  }
  return pos === "adjective" ? [plural] : [];
}

function frenchForms(word: string, pos: PartOfSpeech): string[] {
  if (pos === "verb") {
    const match = /^(.*?)(er|ir|re|oir)$/.exec(word);
    if (match === null) return [];
    const [, stem = "", ending = ""] = match;
    const endings: Record<string, string[]> = {
      er: ["e", "es", "ent", "é", "ée", "ons", "ez", "ais", "ait"],
      ir: ["is", "it", "issons", "issez", "issent", "i", "ie", "s", "t", "ent"],
      re: ["s", "t", "ons", "ez", "ent", "u", "ue", "is", "it"],
      oir: ["ois", "oit", "u", "ue", "ons", "ez"],
    };
    return (endings[ending] ?? []).map((suffix) => stem + suffix);
  }
  if (pos === "noun") return [`${word}s`, `${word}x`];
  if (pos === "adjective") {
    return [`${word}e`, `${word}s`, `${word}es`, word.replace(/x$/, "se"), word.replace(/f$/, "ve"), `${word}le`];
  }
  return [];
}

function germanForms(word: string, pos: PartOfSpeech): string[] {
  switch (pos) {
    case "noun":
      return ["e", "en", "n", "er", "s", "es"].map((ending) => word + ending);
    case "verb": {
      const stem = word.replace(/e?n$/, "");
      return [`${stem}e`, `${stem}st`, `${stem}t`, `${stem}et`, `${stem}te`, `${stem}ten`, `ge${stem}t`, `${stem}en`];
    }
    case "adjective":
      return ["e", "en", "er", "es", "em"].map((ending) => word + ending);
    case "adverb":
      return [];
  }
}

const FORMS_BY_LANGUAGE: Record<Language, (word: string, pos: PartOfSpeech) => string[]> = {
  en: englishForms,
  it: italianForms,
  de: germanForms,
  es: spanishForms,
  fr: frenchForms,
};

/** The lemma (without a reflexive pronoun or `-si`/`-se`) and its obvious forms, lemma first. */
export function obviousForms(text: string, language: Language, pos: PartOfSpeech): string[] {
  let lemma = pos === "verb" && (language === "de" || language === "fr") ? text.replace(REFLEXIVE, "") : text;
  if (pos === "verb" && language === "it") lemma = lemma.replace(/(?:si|sene)$/, "e");
  if (pos === "verb" && language === "es") lemma = lemma.replace(/se$/, "");
  const forms = [lemma, ...FORMS_BY_LANGUAGE[language](lemma, pos)];
  return [...new Set(forms)];
}
