/**
 * Every dictionary the translation graph reads, with the family it belongs to.
 * Two pieces of evidence are independent when they come from different families:
 * Ding's two directions are one work, while each WikDict direction is drawn from a
 * different Wiktionary edition (fra-deu from the French one, deu-fra from the German
 * one) and each Apertium pair was written by its own team.
 */

/** The five languages lila teaches, and the other languages that only serve as pivots. */
export const MAIN_LANGUAGES = ["en", "it", "de", "es", "fr"] as const;
export const PIVOT_LANGUAGES = ["sv", "pl", "fi", "nl", "el", "pt", "ca", "eo"] as const;
export type GraphLanguage = (typeof MAIN_LANGUAGES)[number] | (typeof PIVOT_LANGUAGES)[number];

export type License = "GPL-2.0-or-later" | "GPL-3.0-or-later" | "CC-BY-SA-3.0" | "AGPL-3.0";

export interface DictionarySpec {
  /** Debian package that ships it. */
  package: string;
  kind: "freedict" | "apertium";
  /** For Apertium: the transducer under usr/share/apertium, e.g. `apertium-eng-spa/eng-spa.autobil.bin`. */
  file?: string;
  from: GraphLanguage;
  to: GraphLanguage;
  family: string;
  license: License;
}

const ISO_639_3: Record<string, GraphLanguage> = {
  eng: "en",
  ita: "it",
  deu: "de",
  spa: "es",
  fra: "fr",
  swe: "sv",
  pol: "pl",
  fin: "fi",
  nld: "nl",
  ell: "el",
  por: "pt",
};

/** FreeDict editions built by WikDict from Wiktionary (CC BY-SA 3.0), version 2022.12.07. */
const WIKDICT = new Set(
  (
    "deu-ell deu-fin deu-fra deu-pol deu-spa deu-swe ell-eng ell-fra ell-ita ell-spa eng-fin fin-deu fin-eng " +
    "fin-fra fin-ita fra-deu fra-ell fra-fin fra-ita fra-pol fra-por fra-spa fra-swe ita-ell ita-fin ita-pol " +
    "ita-por ita-spa ita-swe nld-ita nld-spa pol-deu pol-eng pol-fra pol-ita pol-spa por-fra por-spa swe-deu " +
    "swe-fra swe-ita swe-spa"
  ).split(" "),
);
/** Hand-made FreeDict dictionaries (GPL): Ding, Ergane and the small ones, with the pair they cover. */
const HAND_MADE = (
  "eng-deu deu-eng eng-ita ita-eng eng-fra fra-eng eng-spa spa-eng deu-ita ita-deu eng-swe swe-eng eng-pol " +
  "eng-nld nld-eng eng-por por-eng deu-nld nld-deu deu-por por-deu fra-nld nld-fra spa-deu spa-por"
).split(" ");

function freedict(pair: string): DictionarySpec {
  const [from = "", to = ""] = pair.split("-");
  const fromLanguage = ISO_639_3[from];
  const toLanguage = ISO_639_3[to];
  if (fromLanguage === undefined || toLanguage === undefined) throw new Error(`unknown FreeDict pair ${pair}`);
  const wikdict = WIKDICT.has(pair);
  const ding = pair === "eng-deu" || pair === "deu-eng";
  return {
    package: `dict-freedict-${pair}`,
    kind: "freedict",
    from: fromLanguage,
    to: toLanguage,
    family: ding ? "ding" : wikdict ? `wikdict:${pair}` : `freedict:${[from, to].sort().join("-")}`,
    license: wikdict ? "CC-BY-SA-3.0" : ding ? "GPL-3.0-or-later" : "GPL-2.0-or-later",
  };
}

function apertium(pkg: string, file: string, from: GraphLanguage, to: GraphLanguage): DictionarySpec {
  return {
    package: pkg,
    kind: "apertium",
    file,
    from,
    to,
    family: `apertium:${[from, to].sort().join("-")}`,
    license: "GPL-2.0-or-later",
  };
}

export const DICTIONARIES: readonly DictionarySpec[] = [
  ...[...HAND_MADE, ...WIKDICT].sort().map(freedict),
  apertium("apertium-eng-spa", "apertium-eng-spa/eng-spa.autobil.bin", "en", "es"),
  apertium("apertium-eng-spa", "apertium-eng-spa/spa-eng.autobil.bin", "es", "en"),
  apertium("apertium-spa-ita", "apertium-spa-ita/spa-ita.autobil.bin", "es", "it"),
  apertium("apertium-spa-ita", "apertium-spa-ita/ita-spa.autobil.bin", "it", "es"),
  apertium("apertium-fr-es", "apertium-fr-es/fr-es.autobil.bin", "fr", "es"),
  apertium("apertium-fr-es", "apertium-fr-es/es-fr.autobil.bin", "es", "fr"),
  apertium("apertium-eng-cat", "apertium-eng-cat/eng-cat.autobil.bin", "en", "ca"),
  apertium("apertium-eng-cat", "apertium-eng-cat/cat-eng.autobil.bin", "ca", "en"),
  apertium("apertium-fra-cat", "apertium-fra-cat/fra-cat.autobil.bin", "fr", "ca"),
  apertium("apertium-fra-cat", "apertium-fra-cat/cat-fra.autobil.bin", "ca", "fr"),
  apertium("apertium-spa-cat", "apertium-spa-cat/spa-cat.autobil.bin", "es", "ca"),
  apertium("apertium-spa-cat", "apertium-spa-cat/cat-spa.autobil.bin", "ca", "es"),
  apertium("apertium-eo-fr", "apertium-eo-fr/fr-eo.autobil.bin", "fr", "eo"),
  apertium("apertium-eo-es", "apertium-es-eo/es-eo.autobil.bin", "es", "eo"),
];
