/**
 * Reads the AT&T text that `lt-print` writes for a compiled lttoolbox transducer and
 * lists the (input, output) string pairs it accepts.
 *
 * Each section (separated by `--`) is its own transducer starting at state 0. An arc
 * line is `from\tto\tinput\toutput\tweight`; a line with one or two fields marks a
 * final state. `ε` and `@0@` are the empty symbol; symbols such as `<n>` are tags.
 */

export interface AttArc {
  to: number;
  input: string;
  output: string;
}

export interface AttSection {
  arcs: Map<number, AttArc[]>;
  finals: Set<number>;
}

export interface AttPath {
  input: string;
  output: string;
}

const EMPTY_SYMBOLS = new Set(["ε", "@0@"]);

function symbolText(symbol: string): string {
  if (EMPTY_SYMBOLS.has(symbol)) return "";
  if (symbol === "@_SPACE_@") return " ";
  if (symbol === "@_TAB_@") return "\t";
  return symbol;
}

export function parseAtt(text: string): AttSection[] {
  const sections: AttSection[] = [];
  let current: AttSection = { arcs: new Map(), finals: new Set() };
  for (const line of text.split("\n")) {
    if (line === "") continue;
    if (line === "--") {
      sections.push(current);
      current = { arcs: new Map(), finals: new Set() };
      continue;
    }
    const fields = line.split("\t");
    if (fields.length <= 2 || (fields.length === 3 && fields[2] === "")) {
      current.finals.add(Number(fields[0]));
      continue;
    }
    const [from, to, input, output] = fields;
    if (from === undefined || to === undefined || input === undefined || output === undefined) {
      throw new Error(`malformed AT&T line: ${JSON.stringify(line)}`);
    }
    const fromState = Number(from);
    let outgoing = current.arcs.get(fromState);
    if (outgoing === undefined) {
      outgoing = [];
      current.arcs.set(fromState, outgoing);
    }
    outgoing.push({ to: Number(to), input: symbolText(input), output: symbolText(output) });
  }
  sections.push(current);
  return sections.filter((section) => section.arcs.size > 0);
}

export interface PathWalkOptions {
  /** Paths longer than this many arcs are abandoned (guards against loops through regex sections). */
  maxDepth?: number;
  /** Stop a section once this many paths were found (the regex-like sections can be unbounded). */
  maxPathsPerSection?: number;
  /** Arcs to leave out of every path (an analyser's clitic joins `+`, multiword spaces …): prunes the walk early. */
  skipArc?: (arc: AttArc) => boolean;
}

/**
 * Lists every path from state 0 to a final state. Self-loops and revisits of a state
 * already on the current path are skipped, so cyclic material (numbers, URLs) ends.
 */
export function listAttPaths(section: AttSection, options: PathWalkOptions = {}): AttPath[] {
  const maxDepth = options.maxDepth ?? 120;
  const maxPaths = options.maxPathsPerSection ?? 2_000_000;
  const paths: AttPath[] = [];
  const onPath = new Set<number>();
  const inputs: string[] = [];
  const outputs: string[] = [];

  const visit = (state: number): void => {
    if (paths.length >= maxPaths) return;
    if (section.finals.has(state)) paths.push({ input: inputs.join(""), output: outputs.join("") });
    if (inputs.length >= maxDepth) return;
    onPath.add(state);
    for (const arc of section.arcs.get(state) ?? []) {
      if (arc.to === state || onPath.has(arc.to) || options.skipArc?.(arc) === true) continue;
      inputs.push(arc.input);
      outputs.push(arc.output);
      visit(arc.to);
      inputs.pop();
      outputs.pop();
    }
    onPath.delete(state);
  };
  visit(0);
  return paths;
}
