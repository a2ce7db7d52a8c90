import { readFileSync, writeFileSync } from "node:fs";
import type { PartOfSpeech } from "../vocabulary/term.js";
import type { GraphLanguage } from "./dictionaries.js";

/** A word of one language; a node of the graph. */
export interface WordNode {
  language: GraphLanguage;
  text: string;
}

/** What one dictionary says about two words. */
export interface EdgeFacts {
  family: string;
  /** The part of speech the dictionary gives, undefined when it gives none (Ergane). */
  pos: PartOfSpeech | undefined;
  /** 0 when the translation belongs to the headword's first sense and is listed first in it. */
  rank: number;
  /** A domain, register or regional label marks the sense (`[techn.]`, `[ugs.]`, `[Ös.]`). */
  marked: boolean;
}

const POS_CODES: readonly (PartOfSpeech | undefined)[] = [undefined, "noun", "verb", "adjective", "adverb"];
const FIELDS = 5;

/**
 * Words of many languages linked by what dictionaries list as translations. Words are
 * interned as numbers and each node keeps its edges in one flat array of small
 * integers (neighbour, family, part of speech, rank, marked): the graph holds a few
 * million edges, which would be too heavy as objects.
 */
export class TranslationGraph {
  private readonly ids = new Map<string, number>();
  private readonly nodes: WordNode[] = [];
  private readonly edges: number[][] = [];
  private readonly families: string[] = [];
  private readonly familyIds = new Map<string, number>();

  private nodeId(node: WordNode): number {
    const key = `${node.language}\u0001${node.text}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.nodes.length;
      this.ids.set(key, id);
      this.nodes.push(node);
      this.edges.push([]);
    }
    return id;
  }

  private familyId(family: string): number {
    let id = this.familyIds.get(family);
    if (id === undefined) {
      id = this.families.length;
      this.familyIds.set(family, id);
      this.families.push(family);
    }
    return id;
  }

  /** Records that a dictionary lists `to` as a translation of `from` (the link is kept both ways). */
  add(from: WordNode, to: WordNode, facts: EdgeFacts): void {
    const a = this.nodeId(from);
    const b = this.nodeId(to);
    if (a === b) return;
    const family = this.familyId(facts.family);
    const pos = POS_CODES.indexOf(facts.pos);
    const marked = facts.marked ? 1 : 0;
    this.edges[a]?.push(b, family, pos, facts.rank, marked);
    this.edges[b]?.push(a, family, pos, facts.rank, marked);
  }

  /**
   * Writes the graph to two files (word list and edge integers), so that a rebuild on
   * the same packages reads it in seconds instead of parsing every dictionary again.
   */
  save(basePath: string): void {
    const words = this.nodes.map((node) => `${node.language}\t${node.text}`).join("\n");
    writeFileSync(`${basePath}.words`, `${this.families.join("\t")}\n${words}`);
    let total = 0;
    for (const list of this.edges) total += 1 + list.length;
    const numbers = new Int32Array(total);
    let offset = 0;
    for (const list of this.edges) {
      numbers[offset++] = list.length;
      numbers.set(list, offset);
      offset += list.length;
    }
    writeFileSync(`${basePath}.edges`, numbers);
  }

  static load(basePath: string): TranslationGraph {
    const graph = new TranslationGraph();
    const [familyLine = "", ...lines] = readFileSync(`${basePath}.words`, "utf8").split("\n");
    for (const family of familyLine.split("\t")) graph.familyId(family);
    for (const line of lines) {
      const tab = line.indexOf("\t");
      graph.nodeId({ language: line.slice(0, tab) as GraphLanguage, text: line.slice(tab + 1) });
    }
    const bytes = readFileSync(`${basePath}.edges`);
    const numbers = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    let offset = 0;
    for (let id = 0; id < graph.nodes.length; id++) {
      const length = numbers[offset++] ?? 0;
      graph.edges[id] = Array.from(numbers.subarray(offset, offset + length));
      offset += length;
    }
    return graph;
  }

  get size(): { nodes: number; edges: number } {
    let count = 0;
    for (const list of this.edges) count += list.length / FIELDS;
    return { nodes: this.nodes.length, edges: count / 2 };
  }

  /** Every word of one language in the graph. */
  wordsOf(language: GraphLanguage): string[] {
    return this.nodes.filter((node) => node.language === language).map((node) => node.text);
  }

  has(node: WordNode): boolean {
    return this.ids.has(`${node.language}\u0001${node.text}`);
  }

  /**
   * The neighbours of a word that some dictionary links to it in this part of speech
   * (or without saying one), with what each link rests on.
   */
  neighbours(node: WordNode, pos: PartOfSpeech): Map<string, Neighbour> {
    const result = new Map<string, Neighbour>();
    const id = this.ids.get(`${node.language}\u0001${node.text}`);
    if (id === undefined) return result;
    const list = this.edges[id] ?? [];
    for (let index = 0; index < list.length; index += FIELDS) {
      const posCode = list[index + 2] ?? 0;
      const edgePos = POS_CODES[posCode];
      if (edgePos !== undefined && edgePos !== pos) continue;
      const other = this.nodes[list[index] ?? 0] as WordNode;
      const key = `${other.language}\u0001${other.text}`;
      let neighbour = result.get(key);
      if (neighbour === undefined) {
        neighbour = { node: other, families: new Set(), typed: false, bestRank: Infinity, unmarked: false };
        result.set(key, neighbour);
      }
      neighbour.families.add(this.families[list[index + 1] ?? 0] as string);
      neighbour.typed ||= edgePos !== undefined;
      neighbour.bestRank = Math.min(neighbour.bestRank, list[index + 3] ?? 0);
      neighbour.unmarked ||= list[index + 4] === 0;
    }
    return result;
  }
}

export interface Neighbour {
  node: WordNode;
  /** Dictionary families that list the link. */
  families: Set<string>;
  /** At least one of them gives this part of speech explicitly. */
  typed: boolean;
  bestRank: number;
  /** At least one listing carries no domain/register label. */
  unmarked: boolean;
}

export function nodeKey(node: WordNode): string {
  return `${node.language}\u0001${node.text}`;
}
