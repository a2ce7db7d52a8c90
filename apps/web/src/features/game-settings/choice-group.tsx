import type { ReactNode } from "react";

export interface Choice<T extends string | number> {
  value: T;
  label: string;
  disabled?: boolean;
}

interface ChoiceGroupProps<T extends string | number> {
  legend: string;
  name: string;
  choices: Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  /** A short note under the choices (e.g. why an option is off). */
  hint?: ReactNode;
}

const pillBase =
  "relative inline-flex min-h-11 items-center gap-1.5 rounded-full border px-4 text-base font-medium has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-violet-600";

function pillClass(checked: boolean, disabled: boolean | undefined): string {
  if (checked) return "border-violet-700 bg-violet-700 text-white";
  if (disabled) return "border-dashed border-slate-300 bg-slate-100 text-slate-500";
  return "border-slate-300 bg-white text-slate-800 hover:border-violet-400 hover:bg-violet-50";
}

/** A row of radio buttons drawn as pills: one tap to choose, arrow keys to move, a ✓ on the chosen one. */
export function ChoiceGroup<T extends string | number>({
  legend,
  name,
  choices,
  value,
  onChange,
  hint,
}: ChoiceGroupProps<T>) {
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <fieldset aria-describedby={hintId}>
      <legend className="mb-2 font-semibold text-slate-900">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {choices.map((choice) => {
          const checked = choice.value === value;
          return (
            <label key={choice.value} className={`${pillBase} ${pillClass(checked, choice.disabled)}`}>
              <input
                type="radio"
                // Invisible but covering the whole pill, so a tap or a test's check() lands on the input itself.
                className="absolute inset-0 m-0 cursor-pointer appearance-none rounded-full opacity-0 disabled:cursor-not-allowed"
                name={name}
                value={String(choice.value)}
                checked={checked}
                disabled={choice.disabled}
                onChange={() => onChange(choice.value)}
              />
              {checked ? <span aria-hidden="true">✓</span> : null}
              {choice.label}
            </label>
          );
        })}
      </div>
      {hint ? (
        <p id={hintId} className="mt-2 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
    </fieldset>
  );
}
