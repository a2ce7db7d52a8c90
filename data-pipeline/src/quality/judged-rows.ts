import { existsSync, readFileSync } from "node:fs";

/** One judged pair of data-pipeline/quality/judged-sample.tsv. */
export interface JudgedRow {
  n: number;
  pair: string;
  key: string;
  pos: string;
  left: string;
  right: string;
  leftLevel: string;
  rightLevel: string;
  /** ok, odd (correct but unnatural) or wrong; empty while not judged. */
  verdict: string;
  teacherLeft: string;
  teacherRight: string;
  note: string;
}

export function readJudgedSample(file: string): JudgedRow[] {
  if (!existsSync(file)) return [];
  const [, ...lines] = readFileSync(file, "utf8").split("\n");
  return lines
    .filter((line) => line !== "")
    .map((line) => {
      const [
        n = "",
        pair = "",
        key = "",
        pos = "",
        left = "",
        right = "",
        leftLevel = "",
        rightLevel = "",
        verdict = "",
        teacherLeft = "",
        teacherRight = "",
        note = "",
      ] = line.split("\t");
      return {
        n: Number(n),
        pair,
        key,
        pos,
        left,
        right,
        leftLevel,
        rightLevel,
        verdict,
        teacherLeft,
        teacherRight,
        note,
      };
    });
}

const LEVELS = ["easy", "intermediate", "hard"];

/** Precision and level agreement of judged rows: `odd` counts as correct. */
export function judgedFigures(rows: readonly JudgedRow[]) {
  const judged = rows.filter((row) => row.verdict !== "");
  const correct = judged.filter((row) => row.verdict !== "wrong").length;
  const levels = judged.flatMap((row) => [
    [row.leftLevel, row.teacherLeft],
    [row.rightLevel, row.teacherRight],
  ]);
  const distance = ([ours = "", teacher = ""]: string[]) => Math.abs(LEVELS.indexOf(ours) - LEVELS.indexOf(teacher));
  return {
    judged: judged.length,
    ok: judged.filter((row) => row.verdict === "ok").length,
    odd: judged.filter((row) => row.verdict === "odd").length,
    wrong: judged.length - correct,
    precision: judged.length === 0 ? 0 : correct / judged.length,
    levels: levels.length,
    exact: levels.length === 0 ? 0 : levels.filter((pair) => distance(pair) === 0).length / levels.length,
    withinOne: levels.length === 0 ? 0 : levels.filter((pair) => distance(pair) <= 1).length / levels.length,
  };
}
