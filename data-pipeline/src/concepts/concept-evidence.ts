import type { PartOfSpeech } from "../vocabulary/term.js";
import { nodeKey, type Neighbour, type TranslationGraph, type WordNode } from "../graph/translation-graph.js";

/**
 * How well the dictionaries back a link between two words in one part of speech:
 * the families that list it directly, and the third languages through which both
 * words reach a common word (`it:cane – de:Hund` through `fr:chien`, `es:perro`…).
 * Each family and each pivot language is one independent route.
 */
export interface LinkEvidence {
  direct: Set<string>;
  pivots: Set<string>;
  /** A direct listing states this part of speech (Ergane states none). */
  typed: boolean;
  /** Best rank of a direct listing (0 = first translation of the first sense). */
  bestRank: number;
}

export function routeCount(evidence: LinkEvidence): number {
  return evidence.direct.size + evidence.pivots.size;
}

export class ConceptEvidence {
  private readonly cache = new Map<string, Map<string, Neighbour>>();

  constructor(private readonly graph: TranslationGraph) {}

  neighbours(node: WordNode, pos: PartOfSpeech): Map<string, Neighbour> {
    const key = `${pos}\u0002${nodeKey(node)}`;
    let found = this.cache.get(key);
    if (found === undefined) {
      found = this.graph.neighbours(node, pos);
      this.cache.set(key, found);
    }
    return found;
  }

  link(a: WordNode, b: WordNode, pos: PartOfSpeech): LinkEvidence {
    const fromA = this.neighbours(a, pos);
    const fromB = this.neighbours(b, pos);
    const evidence: LinkEvidence = { direct: new Set(), pivots: new Set(), typed: false, bestRank: Infinity };
    const direct = fromA.get(nodeKey(b));
    if (direct !== undefined) {
      for (const family of direct.families) evidence.direct.add(family);
      evidence.typed = direct.typed;
      evidence.bestRank = direct.bestRank;
    }
    const [smaller, larger] = fromA.size <= fromB.size ? [fromA, fromB] : [fromB, fromA];
    for (const [key, neighbour] of smaller) {
      const language = neighbour.node.language;
      if (language === a.language || language === b.language || evidence.pivots.has(language)) continue;
      if (larger.has(key)) evidence.pivots.add(language);
    }
    return evidence;
  }

  /** Frees the neighbour cache (it grows with every anchor). */
  clear(): void {
    this.cache.clear();
  }
}
