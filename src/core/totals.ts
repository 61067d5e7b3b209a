import { round } from "./findings";
import { addressOf, positionKey } from "./snapshot";
import type { Table, TableKind, TableNote } from "./model";
import type { Profile } from "./profile/schema";
import { executionLine, leafRows } from "./rules/context";
import { declaredRate, executionRate, executionScore } from "./rules/funds";
import { gradeFor, tableScore } from "./rules/scores";
import { tableWeight } from "./rules/weights";
import { unfilledParts, type UnfilledPart } from "./unfilled";

export interface GroupTotal {
  /** 一级指标 name and the cell of its label. */
  name: string;
  cell: string;
  weight: number;
  score?: number;
}

/** Every total a table carries, computed from its parts: what the hosts show and write back. */
export interface TableTotals {
  sheet: string;
  range: string;
  kind: TableKind;
  name?: string;
  totalWeight?: number;
  totalScore?: number;
  grade?: string;
  executionRate?: number;
  executionScore?: number;
  groups: GroupTotal[];
  /** The table's notes, so that every place showing the table can show them with it. */
  notes: TableNote[];
  /** What nobody has filled in yet (a blank template, weights without scores…): shown as 未填写, never as clean. Empty for a table in use. */
  unfilled: UnfilledPart[];
}

export function computeTotals(table: Table, profile: Profile): TableTotals {
  const leaves = leafRows(table);
  const groups = new Map<number, GroupTotal>();
  for (const row of leaves) {
    const label = row.levels[0];
    if (!label) continue;
    const key = positionKey(label.row, label.col);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { name: label.name, cell: addressOf(label), weight: 0, score: 0 }));
    g.weight = round(g.weight + (row.weight?.value ?? 0), 6);
    g.score = row.score?.value === undefined || g.score === undefined ? undefined : round(g.score + row.score.value, 6);
  }
  const out: TableTotals = {
    sheet: table.sheet, range: table.range, kind: table.kind, name: table.name, groups: [...groups.values()], notes: table.notes,
    unfilled: unfilledParts(table),
  };
  if (leaves.length > 0) out.totalWeight = tableWeight(table);
  const line = executionLine(table);
  const rate = executionRate(line) ?? declaredRate(line)?.value;
  if (rate !== undefined) {
    out.executionRate = round(rate, 4);
    if (line?.weight?.value !== undefined) out.executionScore = executionScore(rate, line.weight.value, profile);
  }
  const score = tableScore(table, profile);
  if (score !== undefined) {
    out.totalScore = score;
    out.grade = gradeFor(score, profile);
  }
  return withinRange(out);
}

const finite = (v: number | undefined) => (v === undefined || Number.isFinite(v) ? v : undefined);

/** Totals beyond a number's range (sums of numbers near 1E308) are not shown; a group of them has no bar to draw. */
function withinRange(t: TableTotals): TableTotals {
  const score = finite(t.totalScore);
  return {
    ...t,
    totalWeight: finite(t.totalWeight),
    totalScore: score,
    grade: score === undefined ? undefined : t.grade,
    executionRate: finite(t.executionRate),
    executionScore: finite(t.executionScore),
    groups: t.groups.filter((g) => Number.isFinite(g.weight)).map((g) => ({ ...g, score: finite(g.score) })),
  };
}
