import { listAttPaths, parseAtt, type AttArc, type AttSection } from "../apertium/att-transducer.js";
import { parseLexicalUnit } from "../apertium/lexical-unit.js";
import { looksLikeAcronym, PLAIN_WORD, type SourceAnalysis } from "./source-analysis.js";
import type { LexiconGender, ReadingPos, SourceId } from "./types.js";

/**
 * Reads a monolingual Apertium analyser (`X.automorf.bin` printed by lt-print) into
 * (form, lemma, part of speech, gender, number) facts.
 *
 * The analyser maps every surface form to its analyses, so walking its paths lists
 * a language's inflections. Paths are cut as soon as they turn into something a
 * learner's lexicon does not hold, which also keeps the walk small: clitic chains
 * (`dámelo` → `dar<vblex>…+me<prn>+lo<prn>`) multiply Spanish verb paths, and
 * multiword entries (`17th and 91st centuries`) hide number patterns.
 */

/** Tags after which a path is dropped: names, acronyms, abbreviations. */
const DROPPED_TAGS = new Set(["<np>", "<acr>", "<abbr>"]);

function skipArc(arc: AttArc): boolean {
  // `+` joins a clitic, `#` starts a multiword's fixed part, a space joins multiwords.
  if (arc.output === "+" || arc.output === "#" || arc.input === " " || arc.output === " ") return true;
  return DROPPED_TAGS.has(arc.output);
}

/** Tags that make a path useless whatever its part of speech. */
const EXCLUDING_TAGS = new Set(["np", "acr", "abbr", "al", "ant", "cog", "top", "org", "web", "enc"]);

const FUNCTION_CLASSES: Record<string, ReadingPos> = {
  det: "determiner",
  predet: "determiner",
  prn: "pronoun",
  rel: "pronoun",
  pr: "preposition",
  cnjcoo: "conjunction",
  cnjsub: "conjunction",
  cnjadv: "conjunction",
  num: "numeral",
  // `grazie`, `gracias`, `bueno`: not vocabulary, but they must not count as grazia, gracia.
  ij: "interjection",
};

export interface TagReading {
  pos: ReadingPos;
  gender: SourceAnalysis["gender"];
  number: SourceAnalysis["number"];
  auxiliary: boolean;
}

/**
 * The part of speech is the first tag: `<n>`, `<vblex>` (`<vbmod>` modals are full
 * verbs to a learner: poder, dovere), `<vbser>`/`<vbhaver>`/`<vaux>`/`<vbdo>` verbs
 * that also serve as auxiliaries, `<adj>`, `<adv>`, `<preadv>` (muy, very);
 * closed classes and interjections map to a function class; anything else
 * (punctuation, sentence marks) is left out.
 */
export function readTags(tags: readonly string[]): TagReading | undefined {
  if (tags.some((tag) => EXCLUDING_TAGS.has(tag))) return undefined;
  const [first] = tags;
  if (first === undefined) return undefined;
  let pos: ReadingPos | undefined;
  let auxiliary = false;
  if (first === "n") pos = "noun";
  else if (first === "vblex" || first === "vbmod") pos = "verb";
  else if (first === "vbser" || first === "vbhaver" || first === "vaux" || first === "vbdo") {
    pos = "verb";
    auxiliary = true;
  } else if (first === "adj") pos = "adjective";
  else if (first === "adv" || first === "preadv") pos = "adverb";
  else pos = FUNCTION_CLASSES[first];
  if (pos === undefined) return undefined;
  return { pos, gender: genderOf(tags), number: numberOf(tags), auxiliary };
}

function genderOf(tags: readonly string[]): LexiconGender | "mf" | null {
  if (tags.includes("mf")) return "mf";
  if (tags.includes("m")) return "m";
  if (tags.includes("f")) return "f";
  if (tags.includes("nt")) return "n";
  return null;
}

function numberOf(tags: readonly string[]): SourceAnalysis["number"] {
  if (tags.includes("sp") || tags.includes("ND")) return "sp";
  if (tags.includes("pl")) return "pl";
  if (tags.includes("sg")) return "sg";
  return null;
}

/** The lexical section is the largest; the small ones hold numbers, web addresses, punctuation. */
function lexicalSection(sections: readonly AttSection[]): AttSection {
  const largest = [...sections].sort((a, b) => b.arcs.size - a.arcs.size)[0];
  if (largest === undefined) throw new Error("analyser has no sections");
  return largest;
}

/**
 * Spanish pronominal verbs are listed as `abalanzarse<vblex><pron>`; the bilingual
 * dictionaries and learners' lists give the plain infinitive (abalanzar), and the
 * forms are the same verb's, so they are counted under it.
 */
function plainLemma(lemma: string, tags: readonly string[]): string {
  return tags.includes("pron") && lemma.endsWith("se") ? lemma.slice(0, -2) : lemma;
}

export function analysesFromAnalyser(attText: string, source: SourceId): SourceAnalysis[] {
  const analyses: SourceAnalysis[] = [];
  for (const path of listAttPaths(lexicalSection(parseAtt(attText)), { skipArc })) {
    const unit = parseLexicalUnit(path.output);
    const reading = readTags(unit.tags);
    if (reading === undefined) continue;
    const lemma = plainLemma(unit.lemma, unit.tags);
    const form = path.input;
    // Function words keep odd lemmas (`prpers`): only their forms are matched.
    if (!PLAIN_WORD.test(form)) continue;
    if (reading.pos === "noun" || reading.pos === "verb" || reading.pos === "adjective" || reading.pos === "adverb") {
      if (!PLAIN_WORD.test(lemma) || looksLikeAcronym(lemma)) continue;
    }
    analyses.push({ form, lemma, source, ...reading });
  }
  return analyses;
}
