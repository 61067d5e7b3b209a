import type { SheetGrid } from "../grid";
import { round } from "../findings";
import type { IndicatorRow, IndicatorTable, NumberCell } from "../model";
import type { ColumnRole, Profile } from "../profile/schema";
import { columnName, positionKey } from "../snapshot";
import { compareSum } from "../tolerances";
import type { HeaderInfo } from "./header-row";
import { leafLabel, numberCell } from "./labels";
import { parseNumberCell } from "../values/numbers";

type Body = Pick<IndicatorTable, "rows" | "total" | "notes">;

/** Roles a column keeps even when its numbers look like weights: they name what the column is. */
const NAMED: ColumnRole[] = [
  "level1", "level2", "level3", "level4", "indicatorName", "indicatorContent", "evaluationContent",
  "target", "actual", "score", "reason", "unit", "operator", "progress", "forecast",
];
/** Share of the indicator rows that must hold a number for a column to be read as weights. */
const NUMERIC_SHARE = 0.8;

/** Equal, or apart by a rounding drift: the sum agrees. */
const close = (a: number, b: number, profile: Profile) => compareSum(a, b, profile) !== "off";

/** Why the numbers of a column are weights: they add up to the declared total (or 100), or, group by group, to the parents' weights. */
function evidence(cells: NumberCell[], rows: IndicatorRow[], total: NumberCell | undefined, profile: Profile): { kind: "total" | "parents"; value: number } | undefined {
  const sum = round(cells.reduce((a, c) => a + (c.value ?? 0), 0), 6);
  if (total?.value !== undefined && close(sum, total.value, profile)) return { kind: "total", value: total.value };
  if (close(sum, profile.totalWeight, profile)) return { kind: "total", value: profile.totalWeight };
  const groups = new Map<number, { declared: number; sum: number }>();
  rows.forEach((row, i) => {
    const parent = row.levels.find((l) => l && l !== leafLabel(row) && l.declaredWeight !== undefined && !l.weightPercent);
    if (!parent?.declaredWeight) return;
    const key = positionKey(parent.row, parent.col);
    const g = groups.get(key) ?? { declared: parent.declaredWeight, sum: 0 };
    g.sum += cells[i].value ?? 0;
    groups.set(key, g);
  });
  // The reading under which the table's own arithmetic agrees most: most groups add up to their parents.
  const agreeing = [...groups.values()].filter((g) => close(g.sum, g.declared, profile)).length;
  if (groups.size >= 2 && agreeing * 2 >= groups.size) return { kind: "parents", value: agreeing };
  return undefined;
}

/** A number (or a number written as text) in the row's own cell, not in a cell merged down from a row above. */
function holdsOwnNumber(grid: SheetGrid, row: number, col: number): boolean {
  const m = grid.merge(row, col);
  if (m && m.top !== row) return false;
  const v = m ? grid.value(m.top, m.left) : grid.value(row, col);
  return (typeof v === "number" || typeof v === "string") && parseNumberCell(v) !== undefined;
}

/**
 * A table whose header names no 分值 column may still hold its weights in a column headed otherwise (`评分标准`,
 * an unnamed column): numbers on the indicator rows that add up to the table's total or to the parents' weights, and
 * that no score exceeds. That column is read as the weights, and the table's notes say so.
 */
export function weightsByContent(grid: SheetGrid, h: HeaderInfo, body: Body, totalRow: number | undefined, profile: Profile): void {
  if (h.columns.weight !== undefined || (h.layout !== "scoring" && h.layout !== "self-evaluation")) return;
  const rows = body.rows.filter((r) => r.parentLevel === undefined && leafLabel(r)?.row === r.row);
  if (rows.length < 2) return;
  const named = new Set(NAMED.flatMap((role) => h.allColumns[role] ?? []));
  for (let col = h.left; col <= h.right; col++) {
    if (named.has(col)) continue;
    let numeric = 0;
    for (const r of rows) if (holdsOwnNumber(grid, r.row, col)) numeric++;
    // Counted before any cell is read into the model: most columns hold prose and are passed over.
    if (numeric < rows.length * NUMERIC_SHARE) continue;
    const cells = rows.map((r) => numberCell(grid, r.row, col));
    if (rows.some((r, i) => r.score?.value !== undefined && cells[i].value !== undefined && r.score.value - (cells[i].value ?? 0) > profile.tolerances.equal)) continue;
    const total = totalRow === undefined ? undefined : numberCell(grid, totalRow, col);
    const found = evidence(cells, rows, total, profile);
    if (!found) continue;
    rows.forEach((r, i) => (r.weight = cells[i]));
    if (body.total && total) body.total.weight = total;
    body.notes.push({
      code: "column-by-content",
      cell: columnName(col),
      params: { column: columnName(col), header: h.texts.get(col) ?? "", role: "weight", evidence: found.kind, value: found.value },
    });
    return;
  }
}
