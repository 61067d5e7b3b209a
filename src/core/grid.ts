import type { Cell, CellValue, MergedArea, SheetSnapshot } from "./snapshot";
import { dateText } from "./values/dates";
import { compactText } from "./values/normalize";

/** Excel's column count: positions are keyed row × MAX_COLUMNS + column. */
const MAX_COLUMNS = 16_384;
/** Huge merges (whole columns) are rare and never part of a table layout: left out of the index to keep it cheap. */
const MAX_INDEXED_MERGE = 10_000;
const NO_CELLS: readonly Cell[] = Object.freeze([]);

/** A plain value as text; a number in a date format as the date it shows, never its serial number. */
function plainText(cell: Cell, v: string | number | boolean): string {
  return (typeof v === "number" && cell.numFmt && dateText(v, cell.numFmt)) || String(v);
}

const positionKey = (c: Cell) => c.row * MAX_COLUMNS + c.col;

/** Cells in row-major order, each position once: the last given for it, as a map set in the given order keeps. */
function rowMajor(cells: readonly Cell[]): readonly Cell[] {
  let sorted = true;
  for (let i = 1; i < cells.length && sorted; i++) sorted = positionKey(cells[i - 1]) < positionKey(cells[i]);
  if (sorted) return cells;
  const order = cells.map((c, i) => ({ c, i })).sort((a, b) => positionKey(a.c) - positionKey(b.c) || a.i - b.i);
  return order.filter((o, i) => i === order.length - 1 || positionKey(order[i + 1].c) !== positionKey(o.c)).map((o) => o.c);
}

/** Counts per row (row r's at start[r + 1]) into where each row's run starts in a list grouped by row: [start[r], start[r + 1]). */
function accumulate(start: Int32Array): void {
  for (let r = 1; r < start.length; r++) start[r] += start[r - 1];
}

/**
 * Random access over one sheet's snapshot: cells by position, the merged area covering a position, and the
 * compact (white-space free, full-width folded) text used for matching. Built once per sheet. Lookups go by index
 * (each row's cells and merges are a run of an array) and allocate nothing: a sheet of a thousand stacked tables
 * costs per probe what a sheet of ten does.
 */
export class SheetGrid {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  /** Row-major; a row's cells are cells[cellStart[row] .. cellStart[row + 1]), their columns in cellCols. */
  private readonly cells: readonly Cell[];
  private readonly cellCols: Int32Array;
  private readonly cellStart: Int32Array;
  /** The merges covering each row, in the sheet's order: mergesByRow[mergeStart[row] .. mergeStart[row + 1]). */
  private readonly mergesByRow: MergedArea[];
  private readonly mergeStart: Int32Array;
  private readonly occupied: number[] = [];
  /** By row, each row's cells as an array once asked for. */
  private readonly rowArrays: (readonly Cell[] | undefined)[] = [];
  /** By cell index, its compact text once asked for. */
  private readonly compacts: (string | undefined)[];

  constructor(sheet: SheetSnapshot) {
    this.name = sheet.name;
    const cells = rowMajor(sheet.cells);
    const cellRows = cells.length === 0 ? 0 : cells[cells.length - 1].row + 1;
    this.cells = cells;
    this.cellCols = new Int32Array(cells.length);
    this.cellStart = new Int32Array(cellRows + 1);
    this.compacts = new Array<string | undefined>(cells.length);
    let maxCol = -1;
    for (let i = 0; i < cells.length; i++) {
      const { row, col } = cells[i];
      this.cellCols[i] = col;
      this.cellStart[row + 1]++;
      if (col > maxCol) maxCol = col;
      if (this.occupied[this.occupied.length - 1] !== row) this.occupied.push(row);
    }
    accumulate(this.cellStart);

    let maxRow = cellRows - 1;
    let mergeRows = 0;
    const indexed: MergedArea[] = [];
    for (const m of sheet.merges) {
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) <= MAX_INDEXED_MERGE) {
        indexed.push(m);
        if (m.bottom >= mergeRows) mergeRows = m.bottom + 1;
      }
      if (m.bottom > maxRow) maxRow = m.bottom;
      if (m.right > maxCol) maxCol = m.right;
    }
    this.mergeStart = new Int32Array(mergeRows + 1);
    for (const m of indexed) for (let r = m.top; r <= m.bottom; r++) this.mergeStart[r + 1]++;
    accumulate(this.mergeStart);
    this.mergesByRow = new Array<MergedArea>(this.mergeStart[mergeRows]);
    const next = this.mergeStart.slice(0, mergeRows);
    for (const m of indexed) for (let r = m.top; r <= m.bottom; r++) this.mergesByRow[next[r]++] = m;

    this.rowCount = maxRow + 1;
    this.colCount = maxCol + 1;
  }

  /** Row indexes that hold at least one cell, ascending (shared: do not modify). */
  occupiedRows(): readonly number[] {
    return this.occupied;
  }

  /** Where the cell at (row, col) is in `cells`, or -1. */
  private indexOf(row: number, col: number): number {
    if (row < 0 || row + 1 >= this.cellStart.length) return -1;
    const { cellCols } = this;
    let lo = this.cellStart[row];
    let hi = this.cellStart[row + 1] - 1;
    // Columns ascend along the row.
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = cellCols[mid];
      if (c === col) return mid;
      if (c < col) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** A row's cells, left to right (shared: do not modify). */
  rowCells(row: number): readonly Cell[] {
    let cells = this.rowArrays[row];
    if (cells === undefined) {
      if (row < 0 || row + 1 >= this.cellStart.length) return NO_CELLS;
      const from = this.cellStart[row];
      const to = this.cellStart[row + 1];
      cells = from === to ? NO_CELLS : this.cells.slice(from, to);
      this.rowArrays[row] = cells;
    }
    return cells;
  }

  cell(row: number, col: number): Cell | undefined {
    const i = this.indexOf(row, col);
    return i < 0 ? undefined : this.cells[i];
  }

  value(row: number, col: number): CellValue {
    return this.cell(row, col)?.value ?? null;
  }

  merge(row: number, col: number): MergedArea | undefined {
    if (row < 0 || row + 1 >= this.mergeStart.length) return undefined;
    // Where merges overlap (a damaged file), the last written covers the position.
    for (let i = this.mergeStart[row + 1] - 1; i >= this.mergeStart[row]; i--) {
      const m = this.mergesByRow[i];
      if (col >= m.left && col <= m.right) return m;
    }
    return undefined;
  }

  /** A number naming the cell that shows (row, col): the same for every position a merge covers. */
  anchorKey(row: number, col: number): number {
    const m = this.merge(row, col);
    return m ? m.top * MAX_COLUMNS + m.left : row * MAX_COLUMNS + col;
  }

  /** The cell that holds the value shown at (row, col): the merge's top-left when the position is covered. */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.merge(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** Where the cell shown at (row, col) is in `cells`, looking through merges, or -1. */
  private shownIndex(row: number, col: number): number {
    const m = this.merge(row, col);
    return m ? this.indexOf(m.top, m.left) : this.indexOf(row, col);
  }

  /** Value shown at (row, col), looking through merges. */
  shown(row: number, col: number): CellValue {
    const i = this.shownIndex(row, col);
    return i < 0 ? null : this.cells[i].value;
  }

  /** Text of a position as written (through merges), trimmed; "" for empty. */
  text(row: number, col: number): string {
    const i = this.shownIndex(row, col);
    if (i < 0) return "";
    const cell = this.cells[i];
    if (cell.value === null) return "";
    if (typeof cell.value === "object") return cell.value.error;
    return plainText(cell, cell.value).trim();
  }

  /** Text with all white space removed and full-width forms folded, for header and label matching. */
  compact(row: number, col: number): string {
    const i = this.shownIndex(row, col);
    if (i < 0) return "";
    let s = this.compacts[i];
    if (s === undefined) {
      const cell = this.cells[i];
      const v = cell.value;
      s = v === null ? "" : typeof v === "object" ? v.error : compactText(plainText(cell, v));
      this.compacts[i] = s;
    }
    return s;
  }

  isRowEmpty(row: number): boolean {
    if (row < 0 || row + 1 >= this.cellStart.length) return true;
    for (let i = this.cellStart[row]; i < this.cellStart[row + 1]; i++) {
      const v = this.cells[i].value;
      if (v !== null && !(typeof v === "string" && v.trim() === "")) return false;
    }
    return true;
  }
}
