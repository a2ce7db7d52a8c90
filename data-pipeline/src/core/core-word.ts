import type { Gender, Language, PartOfSpeech } from "../vocabulary/term.js";

/** A noun's grammatical gender; `null` for other parts of speech and English nouns. */
export type CoreGender = Exclude<Gender, "">;

/** CEFR levels, as editors write them (`@A2`); the app groups them into three difficulty bands. */
export const CEFR_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

/**
 * One accepted translation in a cell of `core/concepts.tsv` or a reviewed concept file:
 * `text[:gender][:pl][@level]{hint}`.
 */
export interface CoreWord {
  text: string;
  gender: CoreGender | null;
  /** Plurale tantum (it `soldi:m:pl`, de `Leute:pl`): the app shows the plural article. */
  pluralOnly: boolean;
  /** A sense hint in the word's own language, shown next to the word as a prompt. */
  hint: string | null;
  /** The editor's CEFR estimate; null when the word inherits it (alternatives, core words). */
  level: CefrLevel | null;
}

/**
 * Words of letters joined by single hyphens, apostrophes or spaces (`salle de bains`,
 * `aujourd'hui`); a final apostrophe marks an elision (`un po'`).
 */
const TEXT = /^\p{L}+(?:['’ -]\p{L}+)*['’]?$/u;
const HINT = /^[\p{L}'’+,/ -]+$/u;
const WORD = /^(?<body>[^{}@]+?)(?:@(?<level>[^{}@:]+))?(?:\{(?<hint>[^{}]*)\})?$/u;

const GENDERS_BY_LANGUAGE: Record<Language, readonly CoreGender[]> = {
  en: [],
  it: ["m", "f"],
  de: ["m", "f", "n"],
  es: ["m", "f"],
  fr: ["m", "f"],
};

/** Why a word is malformed for its language and part of speech, or undefined when it is fine. */
function wordProblem(word: CoreWord, language: Language, pos: PartOfSpeech): string | undefined {
  const { text, gender, pluralOnly, hint } = word;
  if (!TEXT.test(text)) return `"${text}" is not a word of letters (single spaces, hyphens or apostrophes inside)`;
  if (hint !== null && (!HINT.test(hint) || hint !== hint.trim() || hint.includes("  "))) {
    return `hint "${hint}" of "${text}" must be letters and single spaces, without padding`;
  }
  const capitalised = text.charAt(0) !== text.charAt(0).toLowerCase();
  if (language === "de" && pos === "noun" && !capitalised) return `German noun "${text}" must be capitalised`;
  // English capitalises a few words everywhere (Monday, English, Mr); other languages only German nouns.
  if (!(language === "de" && pos === "noun") && language !== "en" && capitalised) {
    return `"${text}" must not be capitalised`;
  }
  if (pos !== "noun") {
    if (gender !== null || pluralOnly) return `"${text}" is a ${pos}: no gender or :pl`;
    return undefined;
  }
  const genders = GENDERS_BY_LANGUAGE[language];
  if (gender !== null && !genders.includes(gender)) {
    return `gender "${gender}" is not a ${language} gender (allowed: ${genders.join(", ") || "none"})`;
  }
  if (language === "de" && pluralOnly && gender !== null) return `German plural-only noun "${text}" takes :pl alone`;
  if (genders.length > 0 && gender === null && !(language === "de" && pluralOnly)) {
    return `${language} noun "${text}" needs a gender (${genders.map((g) => `:${g}`).join(" ")})`;
  }
  return undefined;
}

/**
 * Parses one language cell: words separated by `; `. Throws an Error with a plain
 * message; the caller adds file and line.
 */
export function parseCoreCell(
  cell: string,
  language: Language,
  pos: PartOfSpeech,
  options: { allowEmpty?: boolean } = {},
): CoreWord[] {
  if (cell === "") {
    if (options.allowEmpty === true) return [];
    throw new Error(`empty ${language} cell`);
  }
  if (cell !== cell.trim() || /\s{2}|\s;|;(?! )|;\s{2}/u.test(cell)) {
    throw new Error(`whitespace in ${language} cell "${cell}": words are separated by "; " exactly`);
  }
  const words = cell.split("; ").map((item) => {
    const match = WORD.exec(item);
    if (match?.groups?.body === undefined) throw new Error(`cannot read ${language} word "${item}"`);
    const [text = "", ...marks] = match.groups.body.split(":");
    const pluralOnly = marks.at(-1) === "pl";
    const genderMarks = pluralOnly ? marks.slice(0, -1) : marks;
    if (genderMarks.length > 1 || genderMarks.some((mark) => !["m", "f", "n"].includes(mark))) {
      throw new Error(`cannot read the marks of ${language} word "${item}" (expected text[:m|:f|:n][:pl]{hint})`);
    }
    const level = match.groups.level ?? null;
    if (level !== null && !(CEFR_LEVELS as readonly string[]).includes(level)) {
      throw new Error(`unknown level @${level} on ${language} word "${item}" (${CEFR_LEVELS.join(", ")})`);
    }
    const word: CoreWord = {
      text,
      gender: (genderMarks[0] as CoreGender | undefined) ?? null,
      pluralOnly,
      hint: match.groups.hint ?? null,
      level: level as CefrLevel | null,
    };
    const problem = wordProblem(word, language, pos);
    if (problem !== undefined) throw new Error(problem);
    return word;
  });
  const texts = words.map((word) => word.text);
  const repeated = texts.find((text, index) => texts.indexOf(text) !== index);
  if (repeated !== undefined) throw new Error(`"${repeated}" is listed twice in the ${language} cell`);
  return words;
}

export { foldForComparison, hintRevealsWord } from "@lila/shared";
