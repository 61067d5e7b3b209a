import type { SheetGrid } from "../grid";
import type { ColumnFormula, ExecutionRow, Table } from "../model";
import type { Profile } from "../profile/schema";
import { cellAddress } from "../snapshot";
import { parseNumberCell } from "../values/numbers";
import type { HeaderInfo } from "./header-row";
import { numberCell, textCell } from "./labels";

/** Column numbers of a numbering row (`1 2 3 … n`, as numbers or text), by column index; undefined when it is not one. */
export function columnNumbers(grid: SheetGrid, row: number): Map<number, number> | undefined {
  const numbers = new Map<number, number>();
  for (const c of grid.rowCells(row)) {
    if (c.value === null) continue;
    const n = parseNumberCell(c.value)?.value;
    if (n === undefined || !Number.isInteger(n) || n < 1) return undefined;
    numbers.set(n, c.col);
  }
  if (numbers.size < 4) return undefined;
  for (let n = 1; n <= numbers.size; n++) if (!numbers.has(n)) return undefined;
  return numbers;
}

function hasTitle(grid: SheetGrid, row: number, profile: Profile): boolean {
  for (let r = row - 1; r >= Math.max(0, row - 6); r--) {
    for (const c of grid.rowCells(r)) {
      const t = grid.compact(c.row, c.col);
      if (profile.synonyms.titles["budget-execution"].some((w) => t.includes(w))) return true;
    }
  }
  return false;
}

/** The header of a 预算执行情况表: text header rows closed by a numbering row, under a title naming the kind. */
export function readBudgetExecutionHeader(grid: SheetGrid, row: number, profile: Profile): HeaderInfo | undefined {
  const numbers = columnNumbers(grid, row);
  if (!numbers || !hasTitle(grid, row, profile)) return undefined;
  let first = row;
  while (first - 1 >= 0 && !grid.isRowEmpty(first - 1) && !columnNumbers(grid, first - 1) && grid.rowCells(first - 1).length > 1) first--;
  let left = Infinity;
  let right = -Infinity;
  for (let r = first; r <= row; r++) {
    for (const c of grid.rowCells(r)) {
      const m = grid.merge(c.row, c.col);
      left = Math.min(left, m ? m.left : c.col);
      right = Math.max(right, m ? m.right : c.col);
    }
  }
  return { kind: "budget-execution", row: first, lastRow: row, left, right, columns: {}, allColumns: {}, texts: new Map() };
}

/** `19=7-1`, `8=9+11+13`, `18=8/1*100%` inside a note. */
const FORMULA = /(\d+)\s*=\s*(\d+\s*\/\s*\d+(?:\s*[*×]\s*100\s*%)?|\d+(?:\s*[+-]\s*\d+)*)/g;

export function isFormulaNote(text: string): boolean {
  FORMULA.lastIndex = 0;
  return FORMULA.test(text);
}

function parseFormulas(cell: string, text: string): ColumnFormula[] {
  const out: ColumnFormula[] = [];
  for (const m of text.matchAll(FORMULA)) {
    const expr = m[2].replace(/\s+/g, "");
    const ratio = /^(\d+)\/(\d+)/.exec(expr);
    if (ratio) {
      out.push({ cell, text, result: Number(m[1]), op: "ratio", terms: [{ column: Number(ratio[1]), sign: 1 }, { column: Number(ratio[2]), sign: 1 }], percent: expr.includes("%") });
      continue;
    }
    const terms = [...expr.matchAll(/([+-]?)(\d+)/g)].map((t) => ({ column: Number(t[2]), sign: t[1] === "-" ? (-1 as const) : (1 as const) }));
    out.push({ cell, text, result: Number(m[1]), op: "sum", terms, percent: false });
  }
  return out;
}

/** Data rows between the numbering row and the table's last row, and the formulas printed in the notes under it. */
export function readBudgetExecution(grid: SheetGrid, h: HeaderInfo, bottom: number): Pick<Table, "executionRows" | "columnFormulas"> {
  const numbers = columnNumbers(grid, h.lastRow) ?? new Map<number, number>();
  const executionRows: ExecutionRow[] = [];
  for (let r = h.lastRow + 1; r <= bottom; r++) {
    if (grid.isRowEmpty(r)) continue;
    const amounts: ExecutionRow["amounts"] = {};
    for (const [n, col] of numbers) amounts[String(n)] = numberCell(grid, r, col);
    const firstText = grid.rowCells(r).find((c) => typeof c.value === "string" && parseNumberCell(c.value) === undefined);
    executionRows.push({ row: r, label: firstText ? textCell(grid, r, firstText.col) : undefined, amounts });
  }
  const columnFormulas: ColumnFormula[] = [];
  for (let r = bottom + 1; r <= bottom + 8 && r < grid.rowCount; r++) {
    for (const c of grid.rowCells(r)) {
      if (typeof c.value === "string") columnFormulas.push(...parseFormulas(cellAddress(c.row, c.col), c.value));
    }
  }
  return { executionRows, columnFormulas };
}
