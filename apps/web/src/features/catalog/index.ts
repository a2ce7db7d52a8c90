/** What can be played: languages, parts of speech, difficulties and how many words each pair has. */
export { DIFFICULTY_LABELS, PART_OF_SPEECH_LABELS, languageName } from "./catalog-labels";
export { catalogKeys, catalogQueries, useCatalogQuery } from "./catalog.queries";
