import type { Severity } from "../core/findings";
import type { Flag } from "../core/plan";
import { cellAddress, columnName, parseAddress, type CellValue, type MergedArea, type SheetSnapshot } from "../core/snapshot";
import { formatNumber, formatPercent } from "../taskpane/format";

/** One rendered cell of the preview: a plain cell, or the visible part of a merged area. */
export interface PreviewCell {
  /** The address of the cell that holds the value (a merged area's top-left cell). */
  address: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  /** Numbers line up on the right, as in Excel. */
  numeric: boolean;
  /** The previewed cell itself (or the merged area that holds it). */
  anchor: boolean;
  /** The severity the annotated copy would flag this cell with. */
  flag?: Severity;
}

export interface PreviewRow {
  /** 0-based row index; shown as row + 1. */
  row: number;
  cells: PreviewCell[];
}

export interface PreviewGrid {
  /** The columns, left to right: 0-based index and letters. */
  columns: { col: number; name: string }[];
  rows: PreviewRow[];
  /** The anchor cell's address, with a merged area's top-left cell standing for the whole area. */
  anchor: string;
  /** The anchor's 0-based row and column, for the headers to show where it is. */
  anchorRow: number;
  anchorCol: number;
}

export const PREVIEW_ROWS = 10;
export const PREVIEW_COLUMNS = 8;
/** How many rows and columns of context come before the anchor. */
const ROWS_BEFORE = 4;
const COLUMNS_BEFORE = 3;

/** A cell value as the preview shows it: numbers without float noise, percentages as in Excel, errors as their code. */
export function displayValue(value: CellValue, numFmt?: string): string {
  if (value === null) return "";
  if (typeof value === "number") return numFmt?.includes("%") ? formatPercent(value) : formatNumber(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object") return value.error;
  return value;
}

function mergeAt(merges: MergedArea[], row: number, col: number): MergedArea | undefined {
  return merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** The last row and column that hold a value or a merge. */
function usedExtent(sheet: SheetSnapshot): { bottom: number; right: number } {
  let bottom = 0;
  let right = 0;
  for (const c of sheet.cells) {
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.col);
  }
  for (const m of sheet.merges) {
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  return { bottom, right };
}

/**
 * The ~10 × 8 window of a sheet around `address` (a cell, or a range whose top-left cell is used), as rows of
 * cells to render: a merged area becomes one cell spanning its visible part, with its value from its top-left cell
 * even when that lies outside the window.
 */
export function previewGrid(sheet: SheetSnapshot, address: string, flags: readonly Flag[] = []): PreviewGrid {
  const target = parseAddress(address.split(":")[0]) ?? { row: 0, col: 0 };
  const anchorMerge = mergeAt(sheet.merges, target.row, target.col);
  const anchorRow = anchorMerge?.top ?? target.row;
  const anchorCol = anchorMerge?.left ?? target.col;
  // Near the end of the sheet's data the window moves back, to show more of the table instead of empty cells.
  const extent = usedExtent(sheet);
  const top = Math.max(0, Math.min(anchorRow - ROWS_BEFORE, extent.bottom - PREVIEW_ROWS + 1));
  const left = Math.max(0, Math.min(anchorCol - COLUMNS_BEFORE, extent.right - PREVIEW_COLUMNS + 1));
  const bottom = top + PREVIEW_ROWS - 1;
  const right = left + PREVIEW_COLUMNS - 1;

  const values = new Map(sheet.cells.map((c) => [`${c.row},${c.col}`, c]));
  const flagged = new Map(flags.filter((f) => f.sheet === sheet.name).map((f) => [f.cell, f.severity]));
  const anchor = cellAddress(anchorRow, anchorCol);
  const visibleMerges = sheet.merges.filter((m) => m.bottom >= top && m.top <= bottom && m.right >= left && m.left <= right);

  const rows: PreviewRow[] = [];
  for (let row = top; row <= bottom; row++) {
    const cells: PreviewCell[] = [];
    for (let col = left; col <= right; col++) {
      const merge = mergeAt(visibleMerges, row, col);
      // A merged area is drawn once, at the top-left of its visible part; its other cells are covered.
      if (merge && (row !== Math.max(merge.top, top) || col !== Math.max(merge.left, left))) continue;
      const holder = merge ? { row: merge.top, col: merge.left } : { row, col };
      const cell = values.get(`${holder.row},${holder.col}`);
      const holderAddress = cellAddress(holder.row, holder.col);
      cells.push({
        address: holderAddress,
        row,
        col,
        rowSpan: merge ? Math.min(merge.bottom, bottom) - row + 1 : 1,
        colSpan: merge ? Math.min(merge.right, right) - col + 1 : 1,
        text: cell ? displayValue(cell.value, cell.numFmt) : "",
        numeric: typeof cell?.value === "number",
        anchor: holderAddress === anchor,
        flag: flagged.get(holderAddress),
      });
    }
    rows.push({ row, cells });
  }
  const columns = Array.from({ length: PREVIEW_COLUMNS }, (_, i) => ({ col: left + i, name: columnName(left + i) }));
  return { columns, rows, anchor, anchorRow, anchorCol };
}
