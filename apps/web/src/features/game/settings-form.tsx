import type { CatalogResponse, GameSettings } from "@lila/shared";
import type { FormEvent } from "react";
import { primaryButton } from "../../ui/button-styles";
import { findCell, GameSettingsFields } from "../game-settings";

interface SettingsFormProps {
  catalog: CatalogResponse;
  /** Already normalized against the catalog. */
  settings: GameSettings;
  pending: boolean;
  onChange: (settings: GameSettings) => void;
  onStart: (settings: GameSettings) => void;
}

const numberFormat = new Intl.NumberFormat("en");

export function SettingsForm({ catalog, settings, pending, onChange, onStart }: SettingsFormProps) {
  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!pending) onStart(settings);
  }

  const cell = findCell(catalog.cells, settings);

  return (
    <form onSubmit={handleSubmit} className="space-y-6 rounded-3xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-8">
      <GameSettingsFields catalog={catalog} settings={settings} onChange={onChange} />

      <div className="flex flex-col gap-3 border-t border-slate-100 pt-5 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm text-slate-600">{cell ? `${numberFormat.format(cell.words)} words in this set` : null}</p>
        <button type="submit" className={`${primaryButton} w-full sm:w-auto sm:min-w-40`} disabled={pending}>
          Start
        </button>
      </div>
    </form>
  );
}
