import type { FreedictDictionary } from "../dictd/freedict-dictionary.js";
import { genderFromTags, partOfSpeechFromTags } from "../vocabulary/part-of-speech.js";
import type { Gender, Language, PartOfSpeech } from "../vocabulary/term.js";
import type { CandidatePair, CandidateSet } from "./select-pairs.js";

export interface WikdictDirection {
  dictionary: FreedictDictionary;
  from: Language;
  to: Language;
}

function node(language: Language, text: string, pos: PartOfSpeech): string {
  return `${language}:${text}|${pos}`;
}

/**
 * Links between words of all WikDict dictionaries (either direction, same part of
 * speech): used to find a third language that agrees with a pair.
 */
export function wikdictGraph(directions: readonly WikdictDirection[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    const neighbours = graph.get(a) ?? new Set<string>();
    neighbours.add(b);
    graph.set(a, neighbours);
  };
  for (const { dictionary, from, to } of directions) {
    for (const article of dictionary.articles) {
      const pos = partOfSpeechFromTags(article.headwordTags);
      if (pos === undefined) continue;
      for (const translation of article.translations) {
        const a = node(from, article.headword, pos);
        const b = node(to, translation.text, pos);
        link(a, b);
        link(b, a);
      }
    }
  }
  return graph;
}

function hasCommonNeighbour(graph: Map<string, Set<string>>, a: string, b: string): boolean {
  const left = graph.get(a);
  const right = graph.get(b);
  if (left === undefined || right === undefined) return false;
  for (const neighbour of left) if (neighbour !== b && right.has(neighbour)) return true;
  return false;
}

/**
 * Pairs between two non-English languages from WikDict. The headword's tags give the
 * part of speech (translations carry none). A pair is kept when a second piece of
 * evidence backs it: the opposite dictionary lists it too (fra-deu and deu-fra), or a
 * third language links both words (`fr:chien – es:perro – it:cane`). Where such
 * evidence is scarce (`acceptFirstSense`: the Italian pairs, whose only third link is
 * the small ita-spa) a translation of the article's first sense is kept as well.
 * Pairs are oriented in the order of `languages`.
 */
export function wikdictCandidates(
  languages: readonly [Language, Language],
  directions: readonly WikdictDirection[],
  graph: Map<string, Set<string>>,
  genderOf: (language: Language, lemma: string) => Gender,
  acceptFirstSense: boolean,
): CandidateSet {
  const candidates = new Map<string, CandidatePair & { firstSense: boolean; listedBy: Set<string> }>();
  for (const { dictionary, from, to } of directions) {
    for (const article of dictionary.articles) {
      const pos = partOfSpeechFromTags(article.headwordTags);
      if (pos === undefined) continue;
      const headGender = pos === "noun" ? genderFromTags(article.headwordTags) || genderOf(from, article.headword) : "";
      for (const translation of article.translations) {
        const head = { language: from, text: article.headword, gender: headGender };
        const other = {
          language: to,
          text: translation.text,
          gender: pos === "noun" ? genderOf(to, translation.text) : "",
        };
        const [left, right] = from === languages[0] ? [head, other] : [other, head];
        const key = `${pos}\t${left.text}\t${right.text}`;
        const order = translation.sense * 100 + translation.position;
        const existing = candidates.get(key);
        if (existing === undefined) {
          candidates.set(key, {
            pos,
            left,
            right,
            confirmations: 1,
            order,
            firstSense: translation.sense === 0,
            listedBy: new Set([`${from}-${to}`]),
          });
          continue;
        }
        existing.listedBy.add(`${from}-${to}`);
        existing.order = Math.min(existing.order, order);
        existing.firstSense ||= translation.sense === 0;
        if (existing.left.gender === "") existing.left.gender = left.gender;
        if (existing.right.gender === "") existing.right.gender = right.gender;
      }
    }
  }
  const kept: CandidatePair[] = [];
  for (const candidate of candidates.values()) {
    const triangle = hasCommonNeighbour(
      graph,
      node(candidate.left.language, candidate.left.text, candidate.pos),
      node(candidate.right.language, candidate.right.text, candidate.pos),
    );
    const confirmations = candidate.listedBy.size + (triangle ? 1 : 0);
    if (confirmations < 2 && !(acceptFirstSense && candidate.firstSense)) continue;
    kept.push({
      pos: candidate.pos,
      left: candidate.left,
      right: candidate.right,
      confirmations,
      order: candidate.order,
    });
  }
  return { candidates: kept, listedPairs: candidates.size };
}
