import type { CheckResult } from "../core/engine";
import type { StringKey } from "./strings";

/** A sheet in which detection found no table, with the engine's reason as a catalog key when it is a known one. */
export interface SheetWithoutTables {
  sheet: string;
  noteKey?: StringKey;
  /** The engine's note when the pane has no translation for it. */
  note?: string;
}

// The engine's notes are English diagnostics; the two it writes today get the pane's words, others show as they are.
const KNOWN_NOTES: Record<string, StringKey> = {
  "empty sheet": "sheetNoteEmpty",
  "no header row with 一级指标/二级指标, 评价内容/分值/得分 or 指标内容/计划内容/实际完成情况": "sheetNoteNoHeader",
};

export function sheetsWithoutTables(result: Pick<CheckResult, "sheets">): SheetWithoutTables[] {
  return result.sheets
    .filter((s) => s.tables.length === 0)
    .map((s) => {
      const noteKey = s.note === undefined ? undefined : KNOWN_NOTES[s.note];
      return noteKey ? { sheet: s.sheet, noteKey } : { sheet: s.sheet, note: s.note };
    });
}
