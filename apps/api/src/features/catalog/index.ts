/** What can be played: languages and playable settings, read from the vocabulary and cached. */
export { createCatalogRouter } from "./catalog.router.js";
export { createCatalogService, MIN_WORDS_TO_OFFER, type CatalogService } from "./catalog.service.js";
