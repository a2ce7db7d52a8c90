export { AboutWordsPage } from "./about-words-page";
