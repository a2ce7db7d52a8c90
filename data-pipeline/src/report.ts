/**
 * Writes docs/DATA.md: coverage of the vocabulary files per language pair, part of
 * speech and difficulty, the confirmation shares, the difficulty method, and seeded
 * samples for a human check.
 *
 *   npm run report -w @lila/data-pipeline
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderDataMarkdown } from "./report/data-markdown.js";
import { readVocabulary } from "./report/vocabulary-reader.js";

const REPOSITORY_DIRECTORY = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

const markdown = renderDataMarkdown(readVocabulary(join(REPOSITORY_DIRECTORY, "vocabulary")));
writeFileSync(join(REPOSITORY_DIRECTORY, "docs", "DATA.md"), markdown);
console.log("wrote docs/DATA.md");
