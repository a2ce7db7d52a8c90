/**
 * Extracts a stand-alone licence paragraph (`License: NAME` followed by the indented
 * full text) from a machine-readable Debian copyright file. Continuation lines lose
 * their leading space and ` .` becomes an empty line.
 */
export function licenseTextFromCopyright(copyright: string, licenseName: string): string | undefined {
  const lines = copyright.split("\n");
  for (let index = 0; index < lines.length; index++) {
    if (lines[index] !== `License: ${licenseName}`) continue;
    const body: string[] = [];
    for (let next = index + 1; next < lines.length; next++) {
      const line = lines[next] ?? "";
      if (!line.startsWith(" ")) break;
      body.push(line === " ." ? "" : line.slice(1));
    }
    if (body.length > 0) return `${body.join("\n")}\n`;
  }
  return undefined;
}
