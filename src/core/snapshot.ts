/**
 * Host-neutral workbook snapshot: what the engine reads. Both hosts (Excel, xlsx files) produce it.
 * A merged area's value is held at its top-left cell only; covered cells are absent.
 */
export type CellValue = number | string | boolean | null | { error: string };

/** A cell's place on its sheet (0-based). */
export interface Position {
  row: number;
  col: number;
}

export interface Cell {
  /** 0-based row index. */
  row: number;
  /** 0-based column index. */
  col: number;
  value: CellValue;
  /** Formula without the leading "=", when the cell holds one. */
  formula?: string;
  /** Number format code, e.g. "0.00%" (absent or "General" when none). */
  numFmt?: string;
  /** Text as the host displays it, where the host has it (Excel does, files do not). */
  text?: string;
}

export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetSnapshot {
  name: string;
  /** Cells that hold a value or formula, in any order. */
  cells: Cell[];
  merges: MergedArea[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

export function isErrorValue(v: CellValue): v is { error: string } {
  return typeof v === "object" && v !== null && "error" in v;
}

/** "A1"-style column letters for a 0-based column index. */
export function columnName(col: number): string {
  let name = "";
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** Excel's column count. */
export const MAX_COLUMNS = 16_384;

/** A number naming a position (row × Excel's column count + column): a cheaper key than its address. */
export function positionKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** The A1 address of a position: built where a finding, a plan or a message needs it, never for every cell read. */
export function addressOf(at: Position): string {
  return cellAddress(at.row, at.col);
}

/** Parses "B12" (optionally with "$") into 0-based row/col; undefined when it is not an address. */
export function parseAddress(address: string): Position | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}
