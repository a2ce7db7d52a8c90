import type { Language, PartOfSpeech } from "../vocabulary/term.js";
import { MAIN_LANGUAGES } from "../graph/dictionaries.js";
import { nodeKey, type WordNode } from "../graph/translation-graph.js";
import { routeCount, type ConceptEvidence, type LinkEvidence } from "./concept-evidence.js";

/**
 * A candidate concept: one sense of an English word with the word that says it in
 * each other language, found as a clique of mutually confirmed translations
 * (spring/Frühling/primavera/printemps/primavera and, apart from it,
 * spring/Quelle/fuente/source/fonte). Synonyms found by the same route become
 * alternatives (Frühling; Frühjahr).
 */
export interface CandidateConcept {
  pos: PartOfSpeech;
  /** Words per language, best first. */
  words: Map<Language, CandidateWord[]>;
  /** Mean number of independent routes between the concept's first words. */
  cohesion: number;
}

export interface CandidateWord {
  text: string;
  /** How many clique variants held this word. */
  support: number;
}

export interface ConceptRules {
  /** Whether the language's lexicon knows the word as a lemma of this part of speech. */
  knows: (language: Language, text: string, pos: PartOfSpeech) => boolean;
  /** Routes a seed pair (anchor – first other word) needs. */
  minSeedRoutes: number;
  /** Routes, summed over the members, a word needs to join a concept. */
  minJoinRoutes: number;
  /** Senses kept per anchor word and part of speech. */
  maxSenses: number;
}

const OTHER_LANGUAGES = MAIN_LANGUAGES.filter((language) => language !== "en") as Language[];

interface Clique {
  members: WordNode[];
  score: number;
}

/** Candidate concepts for one English word in one part of speech, strongest sense first. */
export function conceptsForAnchor(
  evidence: ConceptEvidence,
  anchorText: string,
  pos: PartOfSpeech,
  rules: ConceptRules,
): CandidateConcept[] {
  const anchor: WordNode = { language: "en", text: anchorText };
  const eligible = (node: WordNode): boolean => rules.knows(node.language as Language, node.text, pos);
  const seeds: { node: WordNode; link: LinkEvidence }[] = [];
  for (const neighbour of evidence.neighbours(anchor, pos).values()) {
    const language = neighbour.node.language as Language;
    if (!OTHER_LANGUAGES.includes(language) || !eligible(neighbour.node)) continue;
    const link = evidence.link(anchor, neighbour.node, pos);
    if (routeCount(link) >= rules.minSeedRoutes && link.typed) seeds.push({ node: neighbour.node, link });
  }
  seeds.sort(
    (a, b) =>
      routeCount(b.link) - routeCount(a.link) ||
      a.link.bestRank - b.link.bestRank ||
      compareText(nodeKey(a.node), nodeKey(b.node)),
  );
  const cliques: Clique[] = [];
  const used = new Set<string>();
  for (const seed of seeds) {
    if (used.has(nodeKey(seed.node))) continue;
    const clique = growClique(evidence, [anchor, seed.node], pos, eligible, rules);
    if (clique === undefined) continue;
    cliques.push(clique);
    for (const member of clique.members.slice(1)) used.add(nodeKey(member));
  }
  return mergeVariants(cliques, pos).slice(0, rules.maxSenses);
}

function growClique(
  evidence: ConceptEvidence,
  start: WordNode[],
  pos: PartOfSpeech,
  eligible: (node: WordNode) => boolean,
  rules: ConceptRules,
): Clique | undefined {
  const members = [...start];
  for (const language of OTHER_LANGUAGES) {
    if (members.some((member) => member.language === language)) continue;
    const pool = new Map<string, WordNode>();
    for (const member of members) {
      for (const neighbour of evidence.neighbours(member, pos).values()) {
        if (neighbour.node.language === language && eligible(neighbour.node))
          pool.set(nodeKey(neighbour.node), neighbour.node);
      }
    }
    let best: { node: WordNode; routes: number } | undefined;
    for (const candidate of [...pool.values()].sort((a, b) => compareText(a.text, b.text))) {
      const links = members.map((member) => evidence.link(candidate, member, pos));
      const linked = links.filter((link) => routeCount(link) > 0).length;
      if (linked < Math.min(2, members.length)) continue;
      if (!links.some((link) => link.typed)) continue;
      const routes = links.reduce((sum, link) => sum + routeCount(link), 0);
      if (best === undefined || routes > best.routes) best = { node: candidate, routes };
    }
    if (best !== undefined && best.routes >= rules.minJoinRoutes) members.push(best.node);
  }
  if (members.length < 3) return undefined;
  let total = 0;
  let pairs = 0;
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      total += routeCount(evidence.link(members[i] as WordNode, members[j] as WordNode, pos));
      pairs += 1;
    }
  }
  return { members, score: total / pairs };
}

/**
 * Cliques of one anchor that share their word in two or more other languages are
 * the same sense found through different synonyms: merge them, counting how often
 * each word came up.
 */
function mergeVariants(cliques: Clique[], pos: PartOfSpeech): CandidateConcept[] {
  const groups: Clique[][] = [];
  for (const clique of cliques) {
    const group = groups.find((existing) =>
      existing.some((other) => sharedLanguages(other.members, clique.members) >= 2),
    );
    if (group) group.push(clique);
    else groups.push([clique]);
  }
  return groups.map((group) => toConcept(group, pos)).sort((a, b) => b.cohesion - a.cohesion);
}

function sharedLanguages(a: WordNode[], b: WordNode[]): number {
  let shared = 0;
  for (const node of a) {
    if (node.language === "en") continue;
    if (b.some((other) => other.language === node.language && other.text === node.text)) shared += 1;
  }
  return shared;
}

function toConcept(group: Clique[], pos: PartOfSpeech): CandidateConcept {
  const counts = new Map<Language, Map<string, number>>();
  for (const clique of group) {
    for (const member of clique.members) {
      const language = member.language as Language;
      const byText = counts.get(language) ?? new Map<string, number>();
      byText.set(member.text, (byText.get(member.text) ?? 0) + 1);
      counts.set(language, byText);
    }
  }
  const words = new Map<Language, CandidateWord[]>();
  for (const language of MAIN_LANGUAGES) {
    const byText = counts.get(language);
    if (byText === undefined) continue;
    words.set(
      language,
      [...byText.entries()]
        .map(([text, support]) => ({ text, support }))
        .sort((a, b) => b.support - a.support || compareText(a.text, b.text)),
    );
  }
  return { pos, words, cohesion: Math.max(...group.map((clique) => clique.score)) };
}

/** Code-point order: independent of the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
