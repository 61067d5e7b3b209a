import type { SheetGrid } from "../grid";
import type { TableKind } from "../model";
import type { ColumnRole, Profile } from "../profile/schema";
import { headerRole } from "./headers";

export type ColumnMap = Partial<Record<ColumnRole, number>>;

export interface HeaderInfo {
  kind: TableKind;
  /** First header row. */
  row: number;
  /** Last header row (a second header row refines the first: `指标值` over `年度指标值 | 全年实际值`). */
  lastRow: number;
  left: number;
  right: number;
  columns: ColumnMap;
}

/** Roles of a row's cells, left to right; a role met twice keeps its first column. */
function rowRoles(grid: SheetGrid, row: number, profile: Profile): { roles: ColumnMap; count: number; texts: number } {
  const roles: ColumnMap = {};
  let count = 0;
  let texts = 0;
  for (const cell of grid.rowCells(row)) {
    const compact = grid.compact(cell.row, cell.col);
    if (!compact) continue;
    texts++;
    const role = headerRole(compact, profile);
    if (!role) continue;
    count++;
    const m = grid.merge(cell.row, cell.col);
    const left = m ? m.left : cell.col;
    if (roles[role] === undefined) roles[role] = left;
  }
  return { roles, count, texts };
}

function classify(roles: ColumnMap): TableKind | undefined {
  const has = (r: ColumnRole) => roles[r] !== undefined;
  if (has("level1") && (has("level2") || has("level3"))) {
    if (has("target") && (has("score") || has("actual"))) return "self-evaluation";
    if (has("target")) return "target";
    if (has("weight") || has("score")) return "scoring";
    // 对比表 with 一级/二级指标 columns before 指标内容 | 计划内容 | 实际完成情况.
    if (has("planContent") && has("actualContent")) return "comparison";
    return undefined;
  }
  if (has("evaluationContent") && has("weight") && has("score")) return "summary";
  if ((has("indicatorContent") || has("indicatorName")) && has("planContent") && has("actualContent")) return "comparison";
  return undefined;
}

/** The header of an indicator table starting at `row`, or undefined when the row is not one. */
export function readHeader(grid: SheetGrid, row: number, profile: Profile): HeaderInfo | undefined {
  const first = rowRoles(grid, row, profile);
  if (first.count < 3) return undefined;
  const columns: ColumnMap = { ...first.roles };
  let lastRow = row;
  // A second header row: every text in it names a role (年度指标值, 全年实际值) and it adds or refines columns.
  const next = rowRoles(grid, row + 1, profile);
  const spansDown = grid.rowCells(row).some((c) => {
    const m = grid.merge(c.row, c.col);
    return m !== undefined && m.bottom > row;
  });
  if (next.count > 0 && next.count === next.texts) {
    for (const [role, col] of Object.entries(next.roles) as [ColumnRole, number][]) {
      // The refined column drops whatever role the merged parent header gave it.
      for (const [r, c] of Object.entries(columns) as [ColumnRole, number][]) if (c === col && r !== role) delete columns[r];
      columns[role] = col;
    }
    lastRow = row + 1;
  } else if (spansDown && next.texts === 0) {
    lastRow = row + 1;
  }
  const kind = classify(columns);
  if (!kind) return undefined;
  let left = Infinity;
  let right = -Infinity;
  for (let r = row; r <= lastRow; r++) {
    for (const c of grid.rowCells(r)) {
      if (!grid.compact(c.row, c.col)) continue;
      const m = grid.merge(c.row, c.col);
      left = Math.min(left, m ? m.left : c.col);
      right = Math.max(right, m ? m.right : c.col);
    }
  }
  return { kind, row, lastRow, left, right, columns };
}
