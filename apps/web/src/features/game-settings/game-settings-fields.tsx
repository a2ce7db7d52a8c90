import { DIFFICULTIES, PARTS_OF_SPEECH, ROUND_CHOICES, type CatalogResponse, type GameSettings } from "@lila/shared";
import { DIFFICULTY_LABELS, PART_OF_SPEECH_LABELS } from "../catalog";
import { ChoiceGroup } from "./choice-group";
import { LanguageFields } from "./language-fields";
import {
  canSwapLanguages,
  difficulties,
  findCell,
  normalizeSettings,
  partsOfSpeech,
  roundChoices,
  sourceLanguages,
  swapLanguages,
  targetLanguages,
} from "./settings-selection";

interface GameSettingsFieldsProps {
  catalog: CatalogResponse;
  /** Already normalized against the catalog. */
  settings: GameSettings;
  onChange: (settings: GameSettings) => void;
}

/**
 * The quiz settings a singleplayer game and a match share: language pair with
 * swap, part of speech, difficulty and rounds, offering only what the catalog
 * says is playable.
 */
export function GameSettingsFields({ catalog, settings, onChange }: GameSettingsFieldsProps) {
  const { cells, languages } = catalog;
  const { source_language: source, target_language: target, pos } = settings;

  function update(change: Partial<GameSettings>) {
    onChange(normalizeSettings(cells, { ...settings, ...change }) ?? settings);
  }

  const availablePos = partsOfSpeech(cells, source, target);
  const availableDifficulties = difficulties(cells, source, target, pos);
  const cell = findCell(cells, settings);
  const availableRounds = roundChoices(cell);
  const fewWords = cell !== undefined && availableRounds.length < ROUND_CHOICES.length;

  return (
    <>
      <LanguageFields
        languages={languages}
        sources={sourceLanguages(cells)}
        targets={targetLanguages(cells, source)}
        source={source}
        target={target}
        canSwap={canSwapLanguages(cells, settings)}
        onSourceChange={(code) => update({ source_language: code })}
        onTargetChange={(code) => update({ target_language: code })}
        onSwap={() => onChange(swapLanguages(cells, settings))}
      />

      <ChoiceGroup
        legend="Part of speech"
        name="pos"
        value={pos}
        onChange={(value) => update({ pos: value })}
        choices={PARTS_OF_SPEECH.map((value) => ({
          value,
          label: PART_OF_SPEECH_LABELS[value],
          disabled: !availablePos.includes(value),
        }))}
      />

      <ChoiceGroup
        legend="Difficulty"
        name="difficulty"
        value={settings.difficulty}
        onChange={(value) => update({ difficulty: value })}
        choices={DIFFICULTIES.map((value) => ({
          value,
          label: DIFFICULTY_LABELS[value],
          disabled: !availableDifficulties.includes(value),
        }))}
        hint="Levels are estimated from how often a word is used."
      />

      <ChoiceGroup
        legend="Rounds"
        name="rounds"
        value={settings.rounds}
        onChange={(value) => update({ rounds: value })}
        choices={ROUND_CHOICES.map((value) => ({
          value,
          label: `${value} rounds`,
          disabled: !availableRounds.includes(value),
        }))}
        hint={fewWords ? `Only ${cell.words} words at this level so far, so games are short.` : undefined}
      />
    </>
  );
}
