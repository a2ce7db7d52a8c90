export * from "./connection.js";
export { DataDirectoryInUseError } from "./pglite-lock.js";
export { runMigrations, MIGRATION_LOCK_KEY } from "./migrate.js";
export { seedVocabulary, isVocabularyEmpty, type SeedReport } from "./seed/seeder.js";
export { DEFAULT_VOCABULARY_DIR } from "./seed/vocabulary-files.js";
export * from "./models/vocabulary.model.js";
export * as schema from "./schema/index.js";
