import type { Cell, CellValue, MergedArea, SheetSnapshot } from "./snapshot";
import { dateText } from "./values/dates";
import { compactText } from "./values/normalize";

/** Excel's column count: positions are keyed row × MAX_COLUMNS + column. */
const MAX_COLUMNS = 16_384;

/** A plain value as text; a number in a date format as the date it shows, never its serial number. */
function plainText(cell: Cell, v: string | number | boolean): string {
  return (typeof v === "number" && cell.numFmt && dateText(v, cell.numFmt)) || String(v);
}

function isLeftToRight(cells: readonly Cell[]): boolean {
  for (let i = 1; i < cells.length; i++) if (cells[i - 1].col > cells[i].col) return false;
  return true;
}

/**
 * Random access over one sheet's snapshot: cells by position, the merged area covering a position, and the
 * compact (white-space free, full-width folded) text used for matching. Built once per sheet.
 */
export class SheetGrid {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly rows = new Map<number, Map<number, Cell>>();
  private readonly sortedRows = new Map<number, Cell[]>();
  /** Merged area by position, keyed row × MAX_COLUMNS + column. */
  private readonly mergeAnchors = new Map<number, MergedArea>();
  private readonly compactCache = new Map<Cell, string>();

  constructor(sheet: SheetSnapshot) {
    this.name = sheet.name;
    let maxRow = -1;
    let maxCol = -1;
    for (const cell of sheet.cells) {
      let row = this.rows.get(cell.row);
      if (!row) this.rows.set(cell.row, (row = new Map()));
      row.set(cell.col, cell);
      if (cell.row > maxRow) maxRow = cell.row;
      if (cell.col > maxCol) maxCol = cell.col;
    }
    for (const m of sheet.merges) {
      // Huge merges (whole columns) are rare and never part of a table layout; cap the index to stay cheap.
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 10_000) continue;
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) this.mergeAnchors.set(r * MAX_COLUMNS + c, m);
      }
      if (m.bottom > maxRow) maxRow = m.bottom;
      if (m.right > maxCol) maxCol = m.right;
    }
    this.rowCount = maxRow + 1;
    this.colCount = maxCol + 1;
  }

  /** Row indexes that hold at least one cell, ascending. */
  occupiedRows(): number[] {
    return [...this.rows.keys()].sort((a, b) => a - b);
  }

  /** A row's cells, left to right (shared: do not modify). */
  rowCells(row: number): readonly Cell[] {
    let sorted = this.sortedRows.get(row);
    if (!sorted) {
      const r = this.rows.get(row);
      sorted = r ? [...r.values()] : [];
      // Readers give a row's cells left to right: sorting is for the few that do not.
      if (!isLeftToRight(sorted)) sorted.sort((a, b) => a.col - b.col);
      this.sortedRows.set(row, sorted);
    }
    return sorted;
  }

  cell(row: number, col: number): Cell | undefined {
    return this.rows.get(row)?.get(col);
  }

  value(row: number, col: number): CellValue {
    return this.cell(row, col)?.value ?? null;
  }

  merge(row: number, col: number): MergedArea | undefined {
    return this.mergeAnchors.get(row * MAX_COLUMNS + col);
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
    let s = this.compactCache.get(cell);
    if (s === undefined) {
      const v = cell.value;
      s = v === null ? "" : typeof v === "object" ? v.error : compactText(plainText(cell, v));
      this.compactCache.set(cell, s);
    }
    return s;
  }

  isRowEmpty(row: number): boolean {
    const r = this.rows.get(row);
    if (!r) return true;
    for (const c of r.values()) {
      if (c.value !== null && !(typeof c.value === "string" && c.value.trim() === "")) return false;
    }
    return true;
  }
}
