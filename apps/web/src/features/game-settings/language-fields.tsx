import type { Language, LanguageCode } from "@lila/shared";
import { fieldControl, fieldLabel } from "../../ui/text-field";
import { languageName } from "../catalog";

interface LanguageFieldsProps {
  languages: Language[];
  sources: LanguageCode[];
  targets: LanguageCode[];
  source: LanguageCode;
  target: LanguageCode;
  canSwap: boolean;
  onSourceChange: (code: LanguageCode) => void;
  onTargetChange: (code: LanguageCode) => void;
  onSwap: () => void;
}

/** Known languages first in the catalog's order, then any code the catalog has no name for. */
function ordered(languages: Language[], codes: LanguageCode[]): LanguageCode[] {
  const known = languages.map((language) => language.code).filter((code) => codes.includes(code));
  return [...known, ...codes.filter((code) => !known.includes(code))];
}

export function LanguageFields(props: LanguageFieldsProps) {
  const { languages, source, target } = props;
  return (
    <div className="grid grid-cols-[minmax(0,1fr)_auto_minmax(0,1fr)] items-end gap-2">
      <label className="block">
        <span className={fieldLabel}>From</span>
        <select className={fieldControl} value={source} onChange={(event) => props.onSourceChange(event.target.value)}>
          {ordered(languages, props.sources).map((code) => (
            <option key={code} value={code}>
              {languageName(languages, code)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={props.onSwap}
        disabled={!props.canSwap}
        aria-label="Swap languages"
        title={props.canSwap ? "Swap languages" : "This pair can't be swapped yet"}
        className="inline-flex size-12 items-center justify-center rounded-xl border border-slate-300 bg-white text-xl text-violet-800 hover:bg-violet-50 disabled:cursor-not-allowed disabled:text-slate-400"
      >
        <span aria-hidden="true">⇄</span>
      </button>
      <label className="block">
        <span className={fieldLabel}>To</span>
        <select className={fieldControl} value={target} onChange={(event) => props.onTargetChange(event.target.value)}>
          {ordered(languages, props.targets).map((code) => (
            <option key={code} value={code}>
              {languageName(languages, code)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
