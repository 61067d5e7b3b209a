/**
 * How much of a package the reader takes in before refusing the file. Generous for real 绩效 workbooks (a few hundred
 * sheets, some hundred thousand cells); a crafted file is refused long before it could exhaust the process's (or the
 * browser tab's) memory.
 */
import type { FileProblem } from "../file-error";

/** Inflated XML across the parts read, as declared by the zip and as counted while inflating. */
export const MAX_INFLATED_BYTES = 500 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 10_000;
/** `<c>` elements (empty ones too) and merged areas. */
export const MAX_SHEET_CELLS = 1_000_000;
export const MAX_WORKBOOK_CELLS = 2_000_000;
export const MAX_SHARED_STRINGS = 2_000_000;

/** A limit the file exceeds, with the problem shown to the person. */
export class LimitError extends Error {
  constructor(readonly problem: FileProblem) {
    super(problem.code);
  }
}

/** Counts cells as sheets are read, across the workbook. */
export class CellBudget {
  private workbookCells = 0;

  /** A counter for one sheet's cells; it throws a LimitError when the sheet or the workbook has too many. */
  forSheet(sheet: string): () => void {
    let sheetCells = 0;
    return () => {
      if (++sheetCells > MAX_SHEET_CELLS) throw new LimitError({ code: "too-many-sheet-cells", sheet, limit: MAX_SHEET_CELLS });
      if (++this.workbookCells > MAX_WORKBOOK_CELLS) throw new LimitError({ code: "too-many-cells", limit: MAX_WORKBOOK_CELLS });
    };
  }
}
