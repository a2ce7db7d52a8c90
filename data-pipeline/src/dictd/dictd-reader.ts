import { gunzipSync } from "node:zlib";

/** One dictionary article: the index headword and the raw article text. */
export interface DictdArticle {
  headword: string;
  text: string;
}

const BASE64_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Decodes a dictd index number: base64 digits, most significant first (not RFC 4648 padding). */
export function decodeDictdNumber(digits: string): number {
  let value = 0;
  for (const digit of digits) {
    const digitValue = BASE64_DIGITS.indexOf(digit);
    if (digitValue < 0) throw new Error(`invalid dictd number digit "${digit}" in "${digits}"`);
    value = value * 64 + digitValue;
  }
  return value;
}

export interface DictdIndexLine {
  headword: string;
  offset: number;
  length: number;
}

export function parseDictdIndex(indexText: string): DictdIndexLine[] {
  const lines: DictdIndexLine[] = [];
  for (const line of indexText.split("\n")) {
    if (line === "") continue;
    const [headword, offset, length] = line.split("\t");
    if (headword === undefined || offset === undefined || length === undefined) {
      throw new Error(`malformed dictd index line: ${JSON.stringify(line)}`);
    }
    lines.push({ headword, offset: decodeDictdNumber(offset), length: decodeDictdNumber(length) });
  }
  return lines;
}

/** dictd metadata headwords: `00databaseinfo` (dictfmt's index) or `00-database-info`. */
export function isMetadataHeadword(headword: string): boolean {
  return /^00-?database/.test(headword);
}

/**
 * Reads every article of a dictd dictionary. The body may be the compressed `.dict.dz`
 * (a gzip stream) or the plain `.dict`; offsets count bytes of the plain body.
 * Articles shared by several index lines are returned once per distinct offset.
 */
export function readDictdArticles(indexText: string, body: Buffer): DictdArticle[] {
  const plain = body[0] === 0x1f && body[1] === 0x8b ? gunzipSync(body) : body;
  const seenOffsets = new Set<number>();
  const articles: DictdArticle[] = [];
  for (const { headword, offset, length } of parseDictdIndex(indexText)) {
    if (isMetadataHeadword(headword)) continue;
    if (seenOffsets.has(offset)) continue;
    seenOffsets.add(offset);
    articles.push({ headword, text: plain.subarray(offset, offset + length).toString("utf8") });
  }
  return articles;
}

/** Reads the metadata articles (name, licence, URL) keyed by name without hyphens (`00databaseinfo`). */
export function readDictdMetadata(indexText: string, body: Buffer): Map<string, string> {
  const plain = body[0] === 0x1f && body[1] === 0x8b ? gunzipSync(body) : body;
  const metadata = new Map<string, string>();
  for (const { headword, offset, length } of parseDictdIndex(indexText)) {
    if (!isMetadataHeadword(headword)) continue;
    metadata.set(headword.replace(/-/g, ""), plain.subarray(offset, offset + length).toString("utf8"));
  }
  return metadata;
}
