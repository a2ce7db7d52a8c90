/** One question on screen, in a singleplayer game and in a match: the prompt, four options, keys 1–4. */
export { OptionButton, type OptionState } from "./option-button";
export { PromptCard } from "./prompt-card";
export { useAnswerKeys } from "./use-answer-keys";
