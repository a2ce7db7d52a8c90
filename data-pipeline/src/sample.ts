/**
 * Draws the judged sample of docs/DATA.md: 30 pairs per language pair (300 in all), with a
 * fixed seed, into data-pipeline/quality/judged-sample.tsv. A judge then fills in the
 * verdict and a teacher's level for each word; rows already judged are kept.
 *
 *   npm run data:sample -w @lila/data-pipeline
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { SAMPLE_SEED, drawSample } from "./quality/judged-sample.js";
import { readShippedTerms } from "./quality/shipped-terms.js";

const PER_PAIR = 30;
const PIPELINE_DIRECTORY = dirname(dirname(fileURLToPath(import.meta.url)));
const FILE = join(PIPELINE_DIRECTORY, "quality", "judged-sample.tsv");
const HEADER =
  "n\tpair\tterm_key\tpos\tleft\tright\tleft_level\tright_level\tverdict\tteacher_left\tteacher_right\tnote";

const terms = await readShippedTerms(join(PIPELINE_DIRECTORY, "..", "vocabulary"));
const judged = new Map<string, string[]>();
if (existsSync(FILE)) {
  for (const line of readFileSync(FILE, "utf8").split("\n").slice(1)) {
    const fields = line.split("\t");
    if (fields.length > 8) judged.set(`${fields[1]}|${fields[2]}`, fields.slice(8));
  }
}
const rows = drawSample(terms, SAMPLE_SEED, PER_PAIR).map((pair) =>
  [
    pair.n,
    pair.pair,
    pair.key,
    pair.pos,
    pair.left.shown,
    pair.right.shown,
    pair.left.difficulty,
    pair.right.difficulty,
    ...(judged.get(`${pair.pair}|${pair.key}`) ?? ["", "", "", ""]),
  ].join("\t"),
);
writeFileSync(FILE, `${HEADER}\n${rows.join("\n")}\n`);
console.log(`wrote ${rows.length} pairs to ${FILE} (seed ${SAMPLE_SEED})`);
