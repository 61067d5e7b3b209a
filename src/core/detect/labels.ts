import type { SheetGrid } from "../grid";
import type { IndicatorRow, Label, NumberCell, TextCell } from "../model";
import { parseNumberCell } from "../values/numbers";

/**
 * A weight written into a label: `部门履职（15分）`, `部门决策 (10分)`, `5.资金落实(10)`, or a share of the parent
 * `1.1阶段目标的合理性（40%）` (compact text: brackets are folded to half width).
 */
const EMBEDDED_WEIGHT = /^(.*?)\((\d+(?:\.\d+)?)(分|%)?\)$/s;
/** A bare number in brackets is a weight only up to 100 (`(2023)` is a year). */
const MAX_BARE_WEIGHT = 100;
/** Numbering before a label: `1.`, `2.1.1`, `（一）`, `一、`, `(3)`. */
const NUMBERING = /^(?:(?:\d+(?:\.\d+)+|\d+[.、])(?=\D)|\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+[、.])/;

export function textCell(grid: SheetGrid, row: number, col: number): TextCell {
  const a = grid.anchor(row, col);
  return { row: a.row, col: a.col, text: grid.text(a.row, a.col) };
}

const labels = new WeakMap<SheetGrid, Map<number, Label | null>>();

/**
 * The label shown at a position; one object per cell, shared by the rows a merged label covers. A label merged down
 * a long column is met on every row: it is found by its anchor's position and read only once.
 */
export function label(grid: SheetGrid, row: number, col: number): Label | undefined {
  let cache = labels.get(grid);
  if (!cache) labels.set(grid, (cache = new Map()));
  const key = grid.anchorKey(row, col);
  let found = cache.get(key);
  if (found === undefined) {
    found = readLabel(textCell(grid, row, col), grid.compact(row, col));
    cache.set(key, found);
  }
  return found ?? undefined;
}

function readLabel(t: TextCell, compact: string): Label | null {
  if (!t.text) return null;
  const m = compact.endsWith(")") ? EMBEDDED_WEIGHT.exec(compact) : null;
  const value = m ? Number(m[2]) : undefined;
  const { row, col, text } = t;
  if (!m || !m[1] || value === undefined || (m[3] === undefined && value > MAX_BARE_WEIGHT)) return { row, col, text, name: bareName(compact) };
  const label: Label = { row, col, text, name: bareName(m[1]), declaredWeight: value };
  if (m[3] === "%") label.weightPercent = true;
  return label;
}

/** A label's name without its numbering: `1.产出指标` and `产出指标` name the same category. */
function bareName(compact: string): string {
  const bare = compact.replace(NUMBERING, "");
  return bare || compact;
}

export function numberCell(grid: SheetGrid, row: number, col: number): NumberCell {
  const a = grid.anchor(row, col);
  const cell = grid.cell(a.row, a.col);
  const out: NumberCell = { row: a.row, col: a.col, text: grid.text(a.row, a.col), fromText: false };
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
    if (grid.anchorRow(row, c) !== row) continue;
    if (grid.text(row, c)) return c;
  }
  return undefined;
}

/** The leaf label of a row: its deepest level. */
export function leafLabel(row: IndicatorRow): Label | undefined {
  for (let i = row.levels.length - 1; i >= 0; i--) if (row.levels[i]) return row.levels[i];
  return undefined;
}
