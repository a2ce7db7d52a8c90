import type { CatalogResponse, GameSettings } from "@lila/shared";
import type { FormEvent } from "react";
import { Button } from "../../ui/button";
import { Card } from "../../ui/card";
import { findCell, GameSettingsFields } from "../game-settings";

interface SettingsFormProps {
  catalog: CatalogResponse;
  /** Already normalized against the catalog. */
  settings: GameSettings;
  onChange: (settings: GameSettings) => void;
  onStart: (settings: GameSettings) => void;
}

const numberFormat = new Intl.NumberFormat("en");

export function SettingsForm({ catalog, settings, onChange, onStart }: SettingsFormProps) {
  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    onStart(settings);
  }

  const cell = findCell(catalog.cells, settings);

  return (
    <Card as="form" onSubmit={handleSubmit} className="space-y-6">
      <GameSettingsFields catalog={catalog} settings={settings} onChange={onChange} />

      <div className="flex flex-col gap-3 border-t border-slate-100 pt-5 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm text-slate-600">{cell ? `${numberFormat.format(cell.words)} words in this set` : null}</p>
        <Button type="submit" className="w-full sm:w-auto sm:min-w-40">
          Start
        </Button>
      </div>
    </Card>
  );
}
