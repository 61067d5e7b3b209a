/**
 * How much of a package the reader takes in before refusing the file, and why it says it did. Generous for real
 * 绩效 workbooks (a few hundred sheets, some hundred thousand cells); a crafted file is refused long before it
 * could exhaust the process's (or the browser tab's) memory.
 */

/** Inflated XML across the parts read, as declared by the zip and as counted while inflating. */
export const MAX_INFLATED_BYTES = 500 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 10_000;
/** `<c>` elements (empty ones too) and merged areas. */
export const MAX_SHEET_CELLS = 1_000_000;
export const MAX_WORKBOOK_CELLS = 2_000_000;
export const MAX_SHARED_STRINGS = 2_000_000;

/** A limit the file exceeds; its message is the reason shown to the person. */
export class LimitError extends Error {}

// Not toLocaleString: loading ICU's number formats costs a command-line start-up more than the rest of a small check.
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ",");

export const INFLATED_REASON = `解压后内容过大 (more than ${MAX_INFLATED_BYTES / 1048576} MB uncompressed)`;
export const ENTRIES_REASON = `压缩包中的部件过多 (more than ${thousands(MAX_ZIP_ENTRIES)} zip entries)`;
export const WORKBOOK_CELLS_REASON = `单元格过多 (more than ${thousands(MAX_WORKBOOK_CELLS)} cells in the workbook)`;
export const SHARED_STRINGS_REASON = `共享字符串过多 (more than ${thousands(MAX_SHARED_STRINGS)} shared strings)`;

export function sheetCellsReason(sheet: string): string {
  // A crafted sheet name may hold line breaks (&#10;); the reason stays one line.
  const name = sheet.replace(/\s+/g, " ");
  return `工作表「${name}」单元格过多 (more than ${thousands(MAX_SHEET_CELLS)} cells in sheet ${name})`;
}

/** Counts cells as sheets are read, across the workbook. */
export class CellBudget {
  private workbookCells = 0;

  /** A counter for one sheet's cells; it throws a LimitError when the sheet or the workbook has too many. */
  forSheet(sheet: string): () => void {
    let sheetCells = 0;
    return () => {
      if (++sheetCells > MAX_SHEET_CELLS) throw new LimitError(sheetCellsReason(sheet));
      if (++this.workbookCells > MAX_WORKBOOK_CELLS) throw new LimitError(WORKBOOK_CELLS_REASON);
    };
  }
}
