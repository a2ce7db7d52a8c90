/**
 * The known look-alike failures of issue 9, checked on the real lexicons and
 * frequency lists (needs apt-get and lt-print like the build):
 *
 *   npm run lexicon:check -w @lila/data-pipeline
 *
 * The unit tests check the same on fixtures cut from these sources.
 */
import { loadLemmaFrequencies } from "./index.js";
import type { ContentPos, LexiconLanguage } from "./types.js";

interface Check {
  what: string;
  pass: () => boolean;
}

/** A lemma ranked within the first thousand would read as a beginner's word. */
const EASY_MAX_RANK = 1_000;

const rank = (language: LexiconLanguage, lemma: string, pos: ContentPos): number =>
  loadLemmaFrequencies(language).rank(lemma, pos) ?? Infinity;

const notEasy = (language: LexiconLanguage, lemma: string, pos: ContentPos): Check => ({
  what: `${language} ${lemma} (${pos}) ranks after ${EASY_MAX_RANK}: ${rank(language, lemma, pos)}`,
  pass: () => rank(language, lemma, pos) > EASY_MAX_RANK,
});

const CHECKS: Check[] = [
  notEasy("it", "sonare", "verb"),
  notEasy("es", "nadar", "verb"),
  notEasy("de", "einen", "verb"),
  notEasy("en", "lighthouse", "noun"),
  {
    // para is the 20th form of the list: as a donor it would put parar in the top 20.
    what: `es parar ranks by its own forms, not by para's: ${rank("es", "parar", "verb")} > 100`,
    pass: () => rank("es", "parar", "verb") > 100,
  },
  {
    what: "it essere, es ser, de sein, fr être, en be are the top verbs",
    pass: () =>
      (
        [
          ["it", "essere"],
          ["es", "ser"],
          ["de", "sein"],
          ["fr", "être"],
          ["en", "be"],
        ] as const
      ).every(([language, lemma]) => rank(language, lemma, "verb") <= 3),
  },
];

let failed = 0;
for (const check of CHECKS) {
  const ok = check.pass();
  if (!ok) failed += 1;
  console.log(`${ok ? "ok  " : "FAIL"} ${check.what}`);
}
console.log(`${CHECKS.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
