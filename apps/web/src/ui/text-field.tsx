import { forwardRef, useId, type ComponentPropsWithoutRef, type ReactNode } from "react";

/** The box of every text input and select, so fields look and size the same (at least 48 px tall). */
export const fieldControl =
  "block min-h-12 w-full min-w-0 rounded-xl border border-slate-300 bg-white px-3 text-base text-slate-900 hover:border-violet-400 disabled:bg-slate-100 aria-[invalid=true]:border-red-700";

export const fieldLabel = "mb-1 block font-semibold text-slate-900";

interface TextFieldProps extends Omit<ComponentPropsWithoutRef<"input">, "aria-invalid" | "aria-describedby"> {
  label: ReactNode;
  /** Help under the field; replaced by the problem while there is one. */
  hint?: ReactNode;
  /** What is wrong with the value, beside the field; marks the input invalid. */
  problem?: string | null | undefined;
}

/**
 * A labelled text input whose hint or problem is tied to it with
 * aria-describedby, so a screen reader reads them with the field.
 */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, hint, problem, id, className = "", ...inputProps },
  ref,
) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const noteId = `${inputId}-note`;
  const note = problem ?? hint;
  return (
    <div>
      <label htmlFor={inputId} className={fieldLabel}>
        {label}
      </label>
      <input
        ref={ref}
        id={inputId}
        className={`${fieldControl} ${className}`.trim()}
        aria-invalid={problem ? true : undefined}
        aria-describedby={note ? noteId : undefined}
        {...inputProps}
      />
      {note ? (
        <p id={noteId} className={`mt-1 text-sm ${problem ? "font-medium text-red-800" : "text-slate-600"}`}>
          {note}
        </p>
      ) : null}
    </div>
  );
});
