import {
  DIFFICULTIES,
  PARTS_OF_SPEECH,
  ROUND_CHOICES,
  type CatalogResponse,
  type GameSettings,
  type Language,
  type MatchSettings,
} from "@lila/shared";
import { DIFFICULTY_LABELS, PART_OF_SPEECH_LABELS, languageName } from "../catalog/catalog-labels";
import { ChoiceGroup } from "../quiz/choice-group";
import { LanguageFields } from "../quiz/language-fields";
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
} from "../quiz/settings-selection";

/** The host's settings, normalized to what the catalog can play; the speed bonus rides along. */
export function playableMatchSettings(catalog: CatalogResponse | undefined, settings: MatchSettings): MatchSettings {
  if (!catalog) return settings;
  const game = normalizeSettings(catalog.cells, settings);
  return game ? { ...game, speedBonus: settings.speedBonus } : settings;
}

interface LobbySettingsFormProps {
  catalog: CatalogResponse;
  settings: MatchSettings;
  disabled: boolean;
  onChange: (settings: MatchSettings) => void;
}

/** Host only: the singleplayer choices (only playable combinations) plus the speed bonus. */
export function LobbySettingsForm({ catalog, settings, disabled, onChange }: LobbySettingsFormProps) {
  const { cells, languages } = catalog;
  const { source_language: source, target_language: target, pos } = settings;

  function update(change: Partial<GameSettings>) {
    const next = normalizeSettings(cells, { ...settings, ...change });
    if (next) onChange({ ...next, speedBonus: settings.speedBonus });
  }

  const availablePos = partsOfSpeech(cells, source, target);
  const availableDifficulties = difficulties(cells, source, target, pos);
  const availableRounds = roundChoices(findCell(cells, settings));

  return (
    <fieldset disabled={disabled} className="min-w-0 space-y-5">
      <legend className="sr-only">Match settings</legend>
      <LanguageFields
        languages={languages}
        sources={sourceLanguages(cells)}
        targets={targetLanguages(cells, source)}
        source={source}
        target={target}
        canSwap={canSwapLanguages(cells, settings)}
        onSourceChange={(code) => update({ source_language: code })}
        onTargetChange={(code) => update({ target_language: code })}
        onSwap={() => onChange({ ...swapLanguages(cells, settings), speedBonus: settings.speedBonus })}
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
      />
      <label className="flex min-h-12 cursor-pointer items-center gap-3 rounded-xl border border-slate-300 bg-white px-4 py-2 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-violet-600">
        <input
          type="checkbox"
          className="size-5 shrink-0 accent-violet-700"
          checked={settings.speedBonus}
          onChange={(event) => onChange({ ...settings, speedBonus: event.target.checked })}
        />
        <span>
          <span className="block font-semibold text-slate-900">Speed bonus</span>
          <span className="block text-sm text-slate-600">Faster correct answers earn extra points.</span>
        </span>
      </label>
    </fieldset>
  );
}

/** What everyone else sees: the host's choices, read-only. */
export function LobbySettingsSummary({ languages, settings }: { languages: Language[]; settings: MatchSettings }) {
  const rows: [string, string][] = [
    [
      "Languages",
      `${languageName(languages, settings.source_language)} → ${languageName(languages, settings.target_language)}`,
    ],
    ["Part of speech", PART_OF_SPEECH_LABELS[settings.pos]],
    ["Difficulty", DIFFICULTY_LABELS[settings.difficulty]],
    ["Rounds", String(settings.rounds)],
    ["Speed bonus", settings.speedBonus ? "On" : "Off"],
  ];
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-slate-600">{term}</dt>
          <dd className="font-semibold break-words text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
