import type { SheetTables } from "../core/detect";
import type { CheckResult } from "../core/engine";
import type { StringKey } from "./strings";

/** A sheet in which detection found no table, with why as a catalog key. */
export interface SheetWithoutTables {
  sheet: string;
  noteKey?: StringKey;
}

const SHEET_NOTES: Record<NonNullable<SheetTables["note"]>, StringKey> = {
  "empty-sheet": "sheetNoteEmpty",
  "no-header-row": "sheetNoteNoHeader",
};

export function sheetsWithoutTables(result: Pick<CheckResult, "sheets">): SheetWithoutTables[] {
  return result.sheets
    .filter((s) => s.tables.length === 0)
    .map((s) => (s.note === undefined ? { sheet: s.sheet } : { sheet: s.sheet, noteKey: SHEET_NOTES[s.note] }));
}
