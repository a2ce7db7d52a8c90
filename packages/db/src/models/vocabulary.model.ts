import { and, asc, count, countDistinct, eq, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Difficulty, Gender, Language, PartOfSpeech, PlayableCell, VocabularySource } from "@lila/shared";
import type { Database } from "../connection.js";
import { glosses, languages, terms, translations, vocabularySources } from "../schema/index.js";

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
      terms: count(terms.id),
    })
    .from(vocabularySources)
    .leftJoin(terms, eq(terms.source, vocabularySources.source))
    .groupBy(vocabularySources.source)
    .orderBy(asc(vocabularySources.title));
}

/**
 * How many distinct prompts each (source language, target language, part of
 * speech, target difficulty) combination has: what the settings screen offers.
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
    .innerJoin(prompt, eq(prompt.termId, terms.id))
    .innerJoin(answer, and(eq(answer.termId, terms.id), ne(answer.languageCode, prompt.languageCode)))
    .groupBy(prompt.languageCode, answer.languageCode, terms.pos, answer.difficulty);
}

export interface QuestionPoolRow {
  termId: string;
  prompt: string;
  /** The prompt word's gender, where it is a noun with a known gender. */
  promptGender?: Gender | null;
  answer: string;
  gender: Gender | null;
  difficulty: Difficulty;
  gloss: string | null;
}

/** Every term translated in both languages for one part of speech: one query per pool. */
export async function loadQuestionPool(
  db: Database,
  filter: { sourceLanguage: string; targetLanguage: string; pos: PartOfSpeech },
): Promise<QuestionPoolRow[]> {
  const prompt = alias(translations, "prompt");
  const answer = alias(translations, "answer");
  return db
    .select({
      termId: terms.id,
      prompt: prompt.text,
      promptGender: prompt.gender,
      answer: answer.text,
      gender: answer.gender,
      difficulty: answer.difficulty,
      gloss: glosses.text,
    })
    .from(terms)
    .innerJoin(prompt, and(eq(prompt.termId, terms.id), eq(prompt.languageCode, filter.sourceLanguage)))
    .innerJoin(answer, and(eq(answer.termId, terms.id), eq(answer.languageCode, filter.targetLanguage)))
    .leftJoin(glosses, and(eq(glosses.termId, terms.id), eq(glosses.languageCode, filter.sourceLanguage)))
    .where(eq(terms.pos, filter.pos))
    .orderBy(asc(terms.id));
}

export interface DistractorPoolRow {
  text: string;
  gender: Gender | null;
  difficulty: Difficulty;
}

/** Every word of one part of speech in the target language, whatever it translates. */
export async function loadDistractorPool(
  db: Database,
  filter: { targetLanguage: string; pos: PartOfSpeech },
): Promise<DistractorPoolRow[]> {
  return db
    .selectDistinct({ text: translations.text, gender: translations.gender, difficulty: translations.difficulty })
    .from(translations)
    .innerJoin(terms, eq(terms.id, translations.termId))
    .where(and(eq(translations.languageCode, filter.targetLanguage), eq(terms.pos, filter.pos)))
    .orderBy(asc(translations.text));
}

/** For readiness checks: resolves when the database answers a trivial query. */
export async function pingDatabase(db: Database): Promise<void> {
  await db.execute(sql`SELECT 1`);
}
