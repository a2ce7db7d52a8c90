import type { CatalogResponse, Language, MatchSettings } from "@lila/shared";
import { DIFFICULTY_LABELS, languageName, PART_OF_SPEECH_LABELS } from "../catalog";
import { GameSettingsFields, normalizeSettings } from "../game-settings";

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
  return (
    <fieldset disabled={disabled} className="min-w-0 space-y-5">
      <legend className="sr-only">Match settings</legend>
      <GameSettingsFields
        catalog={catalog}
        settings={settings}
        onChange={(game) => onChange({ ...game, speedBonus: settings.speedBonus })}
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
