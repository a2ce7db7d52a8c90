import {
  DIFFICULTIES,
  PARTS_OF_SPEECH,
  ROUND_CHOICES,
  type CatalogResponse,
  type GameSettings,
} from "@lila/shared";
import type { FormEvent } from "react";
import {
  DIFFICULTY_LABELS,
  PART_OF_SPEECH_LABELS,
} from "../catalog/catalog-labels";
import { primaryButton } from "../../ui/button-styles";
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

interface SettingsFormProps {
  catalog: CatalogResponse;
  /** Already normalized against the catalog. */
  settings: GameSettings;
  pending: boolean;
  onChange: (settings: GameSettings) => void;
  onStart: (settings: GameSettings) => void;
}

const numberFormat = new Intl.NumberFormat("en");

export function SettingsForm({
  catalog,
  settings,
  pending,
  onChange,
  onStart,
}: SettingsFormProps) {
  const { cells, languages } = catalog;

  function update(change: Partial<GameSettings>) {
    onChange(normalizeSettings(cells, { ...settings, ...change }) ?? settings);
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!pending) onStart(settings);
  }

  const { source_language: source, target_language: target, pos } = settings;
  const availablePos = partsOfSpeech(cells, source, target);
  const availableDifficulties = difficulties(cells, source, target, pos);
  const cell = findCell(cells, settings);
  const availableRounds = roundChoices(cell);
  const fewWords =
    cell !== undefined && availableRounds.length < ROUND_CHOICES.length;

  return (
    <form
      onSubmit={handleSubmit}
      className="space-y-6 rounded-3xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-8"
    >
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
        hint={
          fewWords
            ? `Only ${cell.words} words at this level so far, so games are short.`
            : undefined
        }
      />

      <div className="flex flex-col gap-3 border-t border-slate-100 pt-5 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm text-slate-600">
          {cell ? `${numberFormat.format(cell.words)} words in this set` : null}
        </p>
        <button
          type="submit"
          className={`${primaryButton} w-full sm:w-auto sm:min-w-40`}
          disabled={pending}
        >
          Start
        </button>
      </div>
    </form>
  );
}
