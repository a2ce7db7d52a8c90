/**
 * Prints per language what the lexicon holds and where probe words rank, to
 * calibrate difficulty bands:
 *
 *   npm run lexicon:report -w @lila/data-pipeline [-- --rebuild]
 *
 * `--rebuild` drops the cached lexicons first, so the build time is measured.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_CACHE_DIRECTORY, loadLemmaFrequencies } from "./index.js";
import { loadLexicon } from "./load-lexicon.js";
import { CONTENT_POS, type ContentPos, type LexiconLanguage } from "./types.js";

/** The known failures (look-alike ranks) first, then 20 common words. */
const PROBES: Record<LexiconLanguage, string[]> = {
  en: [
    "lighthouse/noun",
    "gray/adjective",
    "house/noun",
    "house/verb",
    "say/verb",
    "big/adjective",
    "take/verb",
    "eat/verb",
    "water/noun",
    "good/adjective",
    "go/verb",
    "day/noun",
    "time/noun",
    "know/verb",
    "think/verb",
    "people/noun",
    "small/adjective",
    "work/noun",
    "work/verb",
    "often/adverb",
    "here/adverb",
    "dog/noun",
  ],
  it: [
    "sonare/verb",
    "grigio/adjective",
    "stato/noun",
    "essere/verb",
    "avere/verb",
    "dire/verb",
    "grande/adjective",
    "casa/noun",
    "prendere/verb",
    "mangiare/verb",
    "acqua/noun",
    "buono/adjective",
    "andare/verb",
    "giorno/noun",
    "tempo/noun",
    "sapere/verb",
    "pensare/verb",
    "gente/noun",
    "piccolo/adjective",
    "lavoro/noun",
    "spesso/adverb",
    "qui/adverb",
    "cane/noun",
    "soldi/noun",
  ],
  de: [
    "einen/verb",
    "blau/adjective",
    "hier/adverb",
    "sieben/verb",
    "sagen/verb",
    "groß/adjective",
    "Haus/noun",
    "nehmen/verb",
    "essen/verb",
    "Essen/noun",
    "Wasser/noun",
    "gut/adjective",
    "gehen/verb",
    "Tag/noun",
    "Zeit/noun",
    "wissen/verb",
    "denken/verb",
    "Leute/noun",
    "klein/adjective",
    "Arbeit/noun",
    "oft/adverb",
    "Hund/noun",
    "anfangen/verb",
  ],
  es: [
    "nadar/verb",
    "parar/verb",
    "nada/adverb",
    "decir/verb",
    "grande/adjective",
    "casa/noun",
    "tomar/verb",
    "comer/verb",
    "agua/noun",
    "bueno/adjective",
    "ir/verb",
    "día/noun",
    "tiempo/noun",
    "saber/verb",
    "pensar/verb",
    "gente/noun",
    "pequeño/adjective",
    "trabajo/noun",
    "siempre/adverb",
    "aquí/adverb",
    "perro/noun",
    "chica/noun",
    "gafas/noun",
  ],
  fr: [
    "été/noun",
    "est/noun",
    "dire/verb",
    "grand/adjective",
    "maison/noun",
    "prendre/verb",
    "manger/verb",
    "eau/noun",
    "bon/adjective",
    "aller/verb",
    "jour/noun",
    "temps/noun",
    "savoir/verb",
    "penser/verb",
    "gens/noun",
    "petit/adjective",
    "travail/noun",
    "souvent/adverb",
    "ici/adverb",
    "chien/noun",
    "gris/adjective",
  ],
};

const LANGUAGES: LexiconLanguage[] = ["en", "it", "de", "es", "fr"];

function main(): void {
  const rebuild = process.argv.includes("--rebuild");
  for (const language of LANGUAGES) {
    if (rebuild) rmSync(join(DEFAULT_CACHE_DIRECTORY, "lexicon", `${language}.json`), { force: true });
    const started = performance.now();
    const lexicon = loadLexicon(language, DEFAULT_CACHE_DIRECTORY);
    const loaded = performance.now();
    const frequencies = loadLemmaFrequencies(language);
    const ranked = performance.now();

    const perPos = CONTENT_POS.map((pos) => `${pos} ${lexicon.allEntries.filter((e) => e.pos === pos).length}`);
    const nouns = lexicon.allEntries.filter((entry) => entry.pos === "noun");
    const forms = new Set(lexicon.allEntries.flatMap((entry) => entry.forms)).size;
    console.log(`\n## ${language}`);
    console.log(`lemmas: ${perPos.join(", ")}`);
    if (language !== "en") {
      const single = nouns.filter((noun) => noun.gender !== null).length;
      const common = nouns.filter((noun) => noun.commonGender).length;
      const twoGenders = nouns.filter((noun) => noun.gender === null && !noun.commonGender && noun.genders.length > 1);
      const none = nouns.filter((noun) => noun.genders.length === 0).length;
      const fromLists = nouns.filter((noun) => noun.genderSource !== null).length;
      console.log(
        `nouns: ${single} with one gender (${fromLists} taken from a gender list), ${common} common gender (either article), ` +
          `${twoGenders.length} with two sense-dependent genders, ${none} without gender`,
      );
    }
    const bySource = new Map<string, number>();
    for (const entry of lexicon.allEntries) bySource.set(entry.source, (bySource.get(entry.source) ?? 0) + 1);
    console.log(`entries by source: ${[...bySource].map(([source, count]) => `${source} ${count}`).join(", ")}`);
    const pluralOnly = nouns.filter((noun) => noun.pluralOnly).map((noun) => noun.lemma);
    console.log(`plural-only nouns: ${pluralOnly.length} (e.g. ${pluralOnly.slice(0, 8).join(", ")})`);
    console.log(
      `distinct forms: ${forms}; feminine nouns split from their masculine: ${
        lexicon.allEntries.filter((entry) => entry.feminineOf !== null).length
      }`,
    );
    const conflicts = lexicon.conflicts.map(
      (c) => `${c.lemma} ${c.kept}(${c.keptSource})≠${c.other}(${c.otherSource})`,
    );
    console.log(`gender conflicts: ${conflicts.length}${conflicts.length > 0 ? `: ${conflicts.join("; ")}` : ""}`);
    console.log(
      `time: lexicon ${Math.round(loaded - started)} ms${rebuild ? " (built)" : ""}, ranks ${Math.round(ranked - loaded)} ms`,
    );
    const probes = PROBES[language].map((probe) => {
      const [lemma = "", pos = "noun"] = probe.split("/");
      return `${lemma}/${pos} ${frequencies.rank(lemma, pos as ContentPos) ?? "-"}`;
    });
    console.log(`ranks: ${probes.join(", ")}`);
  }
}

main();
