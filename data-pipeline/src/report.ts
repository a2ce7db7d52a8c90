/**
 * Writes docs/DATA.md from the shipped files (vocabulary/), the editors' files
 * (data-pipeline/review/), the build's statistics and the judged sample.
 *
 *   npm run report -w @lila/data-pipeline
 */
import { readFileSync, readdirSync, existsSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readSenseDecisions } from "./concepts/sense-decisions.js";
import { readShippedTerms } from "./quality/shipped-terms.js";
import { renderDataMarkdown, type ReportInputs } from "./quality/data-report.js";
import { readJudgedSample } from "./quality/judged-rows.js";
import { SAMPLE_SEED } from "./quality/judged-sample.js";

const PIPELINE_DIRECTORY = dirname(dirname(fileURLToPath(import.meta.url)));
const REPOSITORY_DIRECTORY = join(PIPELINE_DIRECTORY, "..");
const VOCABULARY_DIRECTORY = join(REPOSITORY_DIRECTORY, "vocabulary");

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

const folders = readdirSync(VOCABULARY_DIRECTORY, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(VOCABULARY_DIRECTORY, entry.name, "manifest.json")))
  .map((entry) => entry.name)
  .sort();
const formsCounts: ReportInputs["forms"] = [];
for (const folder of folders) {
  for (const name of readdirSync(join(VOCABULARY_DIRECTORY, folder)).filter((file) => file.startsWith("forms."))) {
    const text = readFileSync(join(VOCABULARY_DIRECTORY, folder, name), "utf8");
    formsCounts.push({ folder, language: name.split(".")[1] ?? "", rows: text.split("\n").length - 2 });
  }
}
const inputs: ReportInputs = {
  terms: await readShippedTerms(VOCABULARY_DIRECTORY),
  manifests: folders.map((folder) =>
    readJson<ReportInputs["manifests"][number]>(join(VOCABULARY_DIRECTORY, folder, "manifest.json")),
  ),
  statistics: readJson<ReportInputs["statistics"]>(join(PIPELINE_DIRECTORY, "review", "build-statistics.json")),
  senses: readSenseDecisions(),
  lexiconAdditions:
    readFileSync(join(PIPELINE_DIRECTORY, "review", "lexicon-additions.tsv"), "utf8").split("\n").length - 2,
  sample: readJudgedSample(join(PIPELINE_DIRECTORY, "quality", "judged-sample.tsv")),
  sampleSeed: SAMPLE_SEED,
  forms: formsCounts,
};
writeFileSync(join(REPOSITORY_DIRECTORY, "docs", "DATA.md"), renderDataMarkdown(inputs));
console.log("wrote docs/DATA.md");
