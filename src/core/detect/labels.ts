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

const labels = new WeakMap<SheetGrid, Map<string, Label | null>>();

/** The label shown at a position; one object per cell, shared by the rows a merged label covers. */
export function label(grid: SheetGrid, row: number, col: number): Label | undefined {
  let cache = labels.get(grid);
  if (!cache) labels.set(grid, (cache = new Map()));
  const t = textCell(grid, row, col);
  let found = cache.get(t.cell);
  if (found === undefined) {
    found = readLabel(t, grid.compact(row, col));
    cache.set(t.cell, found);
  }
  return found ?? undefined;
}

function readLabel(t: TextCell, compact: string): Label | null {
  if (!t.text) return null;
  const m = compact.endsWith(")") || compact.endsWith("）") ? EMBEDDED_WEIGHT.exec(compact) : null;
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
