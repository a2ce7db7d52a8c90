import { and, asc, countDistinct, eq, isNull, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Difficulty, Gender, Language, PartOfSpeech, PlayableCell, VocabularySource } from "@lila/shared";
import type { Database } from "../connection.js";
import { languages, terms, translations, vocabularySources } from "../schema/index.js";

export async function listLanguages(db: Database): Promise<Language[]> {
  return db
    .select({ code: languages.code, name: languages.name, nativeName: languages.nativeName })
    .from(languages)
    .orderBy(asc(languages.name));
}

export async function findLanguageCodes(db: Database): Promise<Set<string>> {
  const rows = await db.select({ code: languages.code }).from(languages);
  return new Set(rows.map((row) => row.code));
}

export async function listVocabularySources(db: Database): Promise<VocabularySource[]> {
  return db
    .select({
      source: vocabularySources.source,
      title: vocabularySources.title,
      license: vocabularySources.license,
      attribution: vocabularySources.attribution,
      url: vocabularySources.url,
      terms: countDistinct(translations.termId),
    })
    .from(vocabularySources)
    .leftJoin(translations, eq(translations.source, vocabularySources.source))
    .groupBy(vocabularySources.source)
    .orderBy(asc(vocabularySources.title));
}

/** Terms that games may draw: not retired. */
const liveTerm = isNull(terms.retiredAt);

/**
 * How many distinct prompts each (source language, target language, part of speech,
 * target difficulty) combination has: what the settings screen offers. A prompt is a
 * term's shown word (position 0) in the source language; the difficulty is that of the
 * shown word in the target language. Offensive words are not counted.
 */
export async function countWordsPerCell(db: Database): Promise<PlayableCell[]> {
  const prompt = alias(translations, "prompt");
  const answer = alias(translations, "answer");
  return db
    .select({
      source_language: prompt.languageCode,
      target_language: answer.languageCode,
      pos: terms.pos,
      difficulty: answer.difficulty,
      words: countDistinct(sql`lower(${prompt.text})`).mapWith(Number),
    })
    .from(terms)
    .innerJoin(prompt, and(eq(prompt.termId, terms.id), eq(prompt.position, 0), eq(prompt.offensive, false)))
    .innerJoin(
      answer,
      and(
        eq(answer.termId, terms.id),
        ne(answer.languageCode, prompt.languageCode),
        eq(answer.position, 0),
        eq(answer.offensive, false),
      ),
    )
    .where(liveTerm)
    .groupBy(prompt.languageCode, answer.languageCode, terms.pos, answer.difficulty);
}

/** One accepted word of a live term, as games read them. */
export interface TermWordRow {
  termId: string;
  text: string;
  /** 0 for the word a game shows; the others count as right too. */
  position: number;
  gender: Gender | null;
  plural: boolean;
  difficulty: Difficulty;
  hint: string | null;
  offensive: boolean;
}

const termWordColumns = {
  termId: translations.termId,
  text: translations.text,
  position: translations.position,
  gender: translations.gender,
  plural: translations.plural,
  difficulty: translations.difficulty,
  hint: translations.hint,
  offensive: translations.offensive,
};

/**
 * Every word, in one language, of the live terms of one part of speech: the prompts or
 * answers of a game, its wrong options, and what tells them apart (two words of one term
 * mean the same). One query per language and part of speech.
 */
export async function loadTermWords(
  db: Database,
  filter: { language: string; pos: PartOfSpeech },
): Promise<TermWordRow[]> {
  return db
    .select(termWordColumns)
    .from(translations)
    .innerJoin(terms, eq(terms.id, translations.termId))
    .where(and(eq(translations.languageCode, filter.language), eq(terms.pos, filter.pos), liveTerm))
    .orderBy(asc(translations.termId), asc(translations.position), asc(translations.text));
}

/** For readiness checks: resolves when the database answers a trivial query. */
export async function pingDatabase(db: Database): Promise<void> {
  await db.execute(sql`SELECT 1`);
}
