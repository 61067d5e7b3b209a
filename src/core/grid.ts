import { positionKey, type Cell, type CellValue, type MergedArea, type Position, type SheetSnapshot } from "./snapshot";
import { dateText } from "./values/dates";
import { compactText } from "./values/normalize";

/** A plain value as text; a number in a date format as the date it shows, never its serial number. */
function plainText(cell: Cell, v: string | number | boolean): string {
  return (typeof v === "number" && cell.numFmt && dateText(v, cell.numFmt)) || String(v);
}

function compactOfValue(cell: Cell): string {
  const v = cell.value;
  return v === null ? "" : typeof v === "object" ? v.error : compactText(plainText(cell, v));
}

/** Position of the cell at `col` in a row's cells (left to right), or -1. */
function indexOfCol(cells: readonly Cell[], col: number): number {
  let lo = 0;
  let hi = cells.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = cells[mid].col;
    if (c === col) return mid;
    if (c < col) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** A row's cells left to right, one per column: of two given at one position, the later. */
function leftToRight(cells: Cell[]): Cell[] {
  let ordered = true;
  for (let i = 1; i < cells.length && ordered; i++) ordered = cells[i - 1].col < cells[i].col;
  // Readers give a row's cells left to right: sorting is for the few that do not.
  if (ordered) return cells;
  const sorted = [...cells].sort((a, b) => a.col - b.col);
  return sorted.filter((c, i) => i + 1 === sorted.length || sorted[i + 1].col !== c.col);
}

const NO_CELLS: readonly Cell[] = [];

/**
 * Random access over one sheet's snapshot: cells by position, the merged area covering a position, and the
 * compact (white-space free, full-width folded) text used for matching. Built once per sheet. Everything is held by
 * row (arrays indexed by row, each row's cells left to right), so that a sheet of many tables costs what the same
 * tables on many sheets cost.
 */
export class SheetGrid {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  /** Each occupied row's cells, left to right. */
  private readonly cellsByRow: (Cell[] | undefined)[] = [];
  private readonly occupied: number[] = [];
  /** The merged areas covering each row, in the snapshot's order. */
  private readonly mergesByRow: (MergedArea[] | undefined)[] = [];
  /** compact texts by row, at the index of their cell in the row. */
  private readonly compactsByRow: (string[] | undefined)[] = [];

  constructor(sheet: SheetSnapshot) {
    this.name = sheet.name;
    let maxRow = -1;
    let maxCol = -1;
    for (const cell of sheet.cells) {
      const row = this.cellsByRow[cell.row];
      if (row) row.push(cell);
      else {
        this.cellsByRow[cell.row] = [cell];
        this.occupied.push(cell.row);
      }
      if (cell.row > maxRow) maxRow = cell.row;
      if (cell.col > maxCol) maxCol = cell.col;
    }
    this.occupied.sort((a, b) => a - b);
    for (const r of this.occupied) this.cellsByRow[r] = leftToRight(this.cellsByRow[r] as Cell[]);
    for (const m of sheet.merges) {
      // Huge merges (whole columns) are rare and never part of a table layout; cap the index to stay cheap.
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 10_000) continue;
      for (let r = m.top; r <= m.bottom; r++) (this.mergesByRow[r] ??= []).push(m);
      if (m.bottom > maxRow) maxRow = m.bottom;
      if (m.right > maxCol) maxCol = m.right;
    }
    this.rowCount = maxRow + 1;
    this.colCount = maxCol + 1;
  }

  /** Row indexes that hold at least one cell, ascending. */
  occupiedRows(): number[] {
    return this.occupied.slice();
  }

  /** A row's cells, left to right (shared: do not modify). */
  rowCells(row: number): readonly Cell[] {
    return this.cellsByRow[row] ?? NO_CELLS;
  }

  cell(row: number, col: number): Cell | undefined {
    const cells = this.cellsByRow[row];
    if (!cells) return undefined;
    const i = indexOfCol(cells, col);
    return i < 0 ? undefined : cells[i];
  }

  value(row: number, col: number): CellValue {
    return this.cell(row, col)?.value ?? null;
  }

  merge(row: number, col: number): MergedArea | undefined {
    const merges = this.mergesByRow[row];
    if (!merges) return undefined;
    // Overlapping merges (a damaged file): the later one covers the position.
    for (let i = merges.length - 1; i >= 0; i--) {
      const m = merges[i];
      if (col >= m.left && col <= m.right) return m;
    }
    return undefined;
  }

  /** A number naming the cell that shows (row, col): the same for every position a merge covers. */
  anchorKey(row: number, col: number): number {
    const m = this.merge(row, col);
    return m ? positionKey(m.top, m.left) : positionKey(row, col);
  }

  /** The row of the cell shown at (row, col), a merge's top row, without building its position: probes ask it of every cell. */
  anchorRow(row: number, col: number): number {
    return this.merge(row, col)?.top ?? row;
  }

  /** The cell that holds the value shown at (row, col): the merge's top-left when the position is covered. */
  anchor(row: number, col: number): Position {
    const m = this.merge(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** The cell shown at (row, col), looking through merges (no allocation: this runs for every cell read). */
  private shownCell(row: number, col: number): Cell | undefined {
    const m = this.merge(row, col);
    return m ? this.cell(m.top, m.left) : this.cell(row, col);
  }

  /** Value shown at (row, col), looking through merges. */
  shown(row: number, col: number): CellValue {
    return this.shownCell(row, col)?.value ?? null;
  }

  /** Text of a position as written (through merges), trimmed; "" for empty. */
  text(row: number, col: number): string {
    const cell = this.shownCell(row, col);
    if (!cell || cell.value === null) return "";
    if (typeof cell.value === "object") return cell.value.error;
    return plainText(cell, cell.value).trim();
  }

  /** Text with all white space removed and full-width forms folded, for header and label matching. */
  compact(row: number, col: number): string {
    const cell = this.shownCell(row, col);
    return cell ? this.compactOf(cell) : "";
  }

  /** compact of a cell of this sheet met while walking its rows, when no merge covers it (saves finding it again). */
  compactOf(cell: Cell): string {
    const cells = this.cellsByRow[cell.row];
    const i = cells ? indexOfCol(cells, cell.col) : -1;
    if (i < 0 || cells?.[i] !== cell) return compactOfValue(cell);
    const compacts = (this.compactsByRow[cell.row] ??= []);
    return (compacts[i] ??= compactOfValue(cell));
  }

  isRowEmpty(row: number): boolean {
    for (const c of this.rowCells(row)) if (!showsNothing(c)) return false;
    return true;
  }
}

/** A cell that holds nothing to see: no value, or only white space. */
export function showsNothing(cell: Cell): boolean {
  return cell.value === null || (typeof cell.value === "string" && cell.value.trim() === "");
}
