/**
 * Labels that mark a sense a learner should not meet first: technical and other
 * specialist domains, register (colloquial, vulgar, poetic, dated) and regional
 * variants. Everyday domains (zool., bot., cook., sport) stay unmarked.
 */
const MARKING_LABELS = new Set([
  "techn.",
  "fin.",
  "econ.",
  "chem.",
  "comp.",
  "adm.",
  "min.",
  "jur.",
  "electr.",
  "constr.",
  "mil.",
  "auto",
  "geol.",
  "textil.",
  "hist.",
  "agr.",
  "phys.",
  "math.",
  "envir.",
  "naut.",
  "ling.",
  "aviat.",
  "telco.",
  "mach.",
  "transp.",
  "biochem.",
  "pharm.",
  "print",
  "arch.",
  "phil.",
  "meteo.",
  "med.",
  "ornith.",
  "relig.",
  "biol.",
  "ugs.",
  "coll.",
  "slang",
  "vulg.",
  "pej.",
  "humor.",
  "geh.",
  "formal",
  "poet.",
  "lit.",
  "veraltet",
  "obs.",
  "selten",
  "rare",
  "übtr.",
  "fig.",
  "stud.",
  "Ös.",
  "Schw.",
  "Süddt.",
  "Norddt.",
  "Mitteldt.",
  "Bayr.",
  "Dt.",
  "Br.",
  "Am.",
  "Aus.",
  "Sc.",
  "Ir.",
  "NZ",
  "Can.",
  "dialect",
  "archaic",
]);

/** Labels that mark a vulgar or offensive word. */
const OFFENSIVE_LABELS = new Set(["vulg.", "pej.", "slang", "derog.", "offensive"]);

export function isMarked(labels: readonly string[]): boolean {
  return labels.some((label) => MARKING_LABELS.has(label));
}

export function isOffensiveLabel(labels: readonly string[]): boolean {
  return labels.some((label) => OFFENSIVE_LABELS.has(label));
}
