import type { SheetGrid } from "../grid";
import type { Label, NumberCell, TextCell } from "../model";
import { cellAddress } from "../snapshot";
import { parseNumberCell } from "../values/numbers";

/** `部门履职（15分）`, `部门决策 (10分)`, `效益(30分)`: a weight written into a label. */
const EMBEDDED_WEIGHT = /^(.*?)[（(]\s*(\d+(?:\.\d+)?)\s*分?\s*[)）]\s*$/s;

export function textCell(grid: SheetGrid, row: number, col: number): TextCell {
  const a = grid.anchor(row, col);
  return { cell: cellAddress(a.row, a.col), row: a.row, col: a.col, text: grid.text(a.row, a.col) };
}

export function label(grid: SheetGrid, row: number, col: number): Label | undefined {
  const t = textCell(grid, row, col);
  if (!t.text) return undefined;
  const compact = grid.compact(row, col);
  const m = EMBEDDED_WEIGHT.exec(compact);
  if (m && m[1] && /分[)）]\s*$/.test(compact)) return { ...t, name: m[1], declaredWeight: Number(m[2]) };
  return { ...t, name: compact };
}

export function numberCell(grid: SheetGrid, row: number, col: number): NumberCell {
  const a = grid.anchor(row, col);
  const cell = grid.cell(a.row, a.col);
  const out: NumberCell = { cell: cellAddress(a.row, a.col), row: a.row, col: a.col, text: grid.text(a.row, a.col), fromText: false };
  if (!cell) return out;
  if (cell.formula) out.formula = cell.formula;
  if (cell.numFmt) out.numFmt = cell.numFmt;
  if (typeof cell.value === "object" && cell.value !== null) {
    out.error = cell.value.error;
    return out;
  }
  const reading = parseNumberCell(cell.value);
  if (reading) {
    out.value = reading.value;
    out.fromText = reading.fromText;
  }
  return out;
}

/** First non-empty cell right of `col` on the row (through merges), skipping the label's own merge. */
export function nextFilledCol(grid: SheetGrid, row: number, col: number, right: number): number | undefined {
  const m = grid.merge(row, col);
  for (let c = (m ? m.right : col) + 1; c <= right; c++) {
    const a = grid.anchor(row, c);
    if (a.row !== row && grid.merge(row, c)?.top !== row) continue;
    if (grid.text(row, c)) return c;
  }
  return undefined;
}
