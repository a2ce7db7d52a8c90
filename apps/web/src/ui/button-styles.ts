/** Shared class lists so every button and button-like link looks and sizes the same (≥ 44 px tall). */
const base =
  "inline-flex min-h-12 items-center justify-center gap-2 rounded-xl px-6 py-3 text-base font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-60";

export const primaryButton = `${base} bg-violet-700 text-white shadow-sm hover:bg-violet-800 active:bg-violet-900`;

export const secondaryButton = `${base} border border-slate-300 bg-white text-slate-800 hover:bg-slate-100 active:bg-slate-200`;
