/** The singleplayer game (the API's `game`): settings, one question at a time, the score. */
export { PlayPage } from "./play-page";
