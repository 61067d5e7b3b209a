import type { Cell, MergedArea, SheetSnapshot } from "../../src/core/snapshot";

/** Inserts `count` rows before row `at` (0-based), optionally filling the first with a text in column A. */
export function insertRows(sheet: SheetSnapshot, at: number, count: number, text?: string): SheetSnapshot {
  const shift = (r: number) => (r >= at ? r + count : r);
  const cells: Cell[] = sheet.cells.map((c) => ({ ...c, row: shift(c.row) }));
  if (text !== undefined && count > 0) cells.push({ row: at, col: 0, value: text });
  const merges = sheet.merges.map((m) => ({ ...m, top: shift(m.top), bottom: shift(m.bottom) }));
  return { ...sheet, cells, merges };
}

/** Puts `lower` under `upper` with `gap` empty rows between. */
export function stack(upper: SheetSnapshot, lower: SheetSnapshot, gap: number): SheetSnapshot {
  const height = Math.max(-1, ...upper.cells.map((c) => c.row), ...upper.merges.map((m) => m.bottom)) + 1 + gap;
  return {
    name: upper.name,
    cells: [...upper.cells, ...lower.cells.map((c) => ({ ...c, row: c.row + height }))],
    merges: [...upper.merges, ...lower.merges.map((m) => ({ ...m, top: m.top + height, bottom: m.bottom + height }))],
  };
}

/** Moves the cells of `columns` (from row `fromRow` on) so that columns[i] goes to columns[order[i]]. */
export function permuteColumns(sheet: SheetSnapshot, columns: number[], order: number[], fromRow: number): SheetSnapshot {
  const target = new Map(columns.map((c, i) => [c, columns[order[i]]]));
  const move = (row: number, col: number) => (row >= fromRow ? target.get(col) ?? col : col);
  const cells = sheet.cells.map((c) => ({ ...c, col: move(c.row, c.col) }));
  const merges: MergedArea[] = sheet.merges.map((m) =>
    m.left === m.right ? { ...m, left: move(m.top, m.left), right: move(m.top, m.left) } : m,
  );
  return { ...sheet, cells, merges };
}

/** Replaces the text of string cells through `f`. */
export function mapText(sheet: SheetSnapshot, f: (text: string, cell: Cell) => string): SheetSnapshot {
  return { ...sheet, cells: sheet.cells.map((c) => (typeof c.value === "string" ? { ...c, value: f(c.value, c) } : c)) };
}

export function fullWidthDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}
