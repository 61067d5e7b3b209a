import ExcelJS from "exceljs";
import type { Language } from "../../core/messages";
import { NOTE_PREFIX, type Flag, type ValueWrite, type WritePlan } from "../../core/plan";

export interface AppliedPlan {
  written: ValueWrite[];
  /** Planned values left alone: the cell holds a formula after all, its sheet is missing, or the value is not finite. */
  skipped: ValueWrite[];
  flagged: number;
}

/** A note's plain text, whether exceljs holds it as a string or as rich text. */
export function noteText(note: string | ExcelJS.Comment | undefined): string {
  if (!note) return "";
  return typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
}

/** The person's own note text: a note this tool added on an earlier run is dropped, so reruns do not pile up. */
function userNote(cell: ExcelJS.Cell): string {
  const text = noteText(cell.note);
  const ours = text.indexOf(NOTE_PREFIX);
  return (ours >= 0 ? text.slice(0, ours) : text).trimEnd();
}

function flagCell(cell: ExcelJS.Cell, flag: Flag, language: Language): void {
  // A fresh style object: exceljs shares one style object between all cells loaded with the same style.
  cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${flag.fill.slice(1).toUpperCase()}` } } };
  const ours = language === "en-US" ? NOTE_PREFIX + flag.noteEn : flag.note;
  const own = userNote(cell);
  cell.note = own ? `${own}\n\n${ours}` : ours;
}

/**
 * Applies a write plan to a loaded workbook: computed values into their cells (never over a formula), and a fill
 * and a note on every flagged cell, after the person's own note. Strings stay strings, even when they start with "=".
 */
export function applyPlan(wb: ExcelJS.Workbook, plan: WritePlan, language: Language): AppliedPlan {
  const applied: AppliedPlan = { written: [], skipped: [], flagged: 0 };
  for (const v of plan.values) {
    const cell = wb.getWorksheet(v.sheet)?.getCell(v.cell);
    // A sum that overflowed (parts near 1E307) is no value to write: Excel cannot hold Infinity.
    if (!cell || cell.type === ExcelJS.ValueType.Formula || (typeof v.value === "number" && !Number.isFinite(v.value))) {
      applied.skipped.push(v);
      continue;
    }
    cell.value = v.value;
    applied.written.push(v);
  }
  // Formulas that read a written cell hold stale cached results: have Excel and LibreOffice recalculate on open.
  if (applied.written.length > 0) wb.calcProperties.fullCalcOnLoad = true;
  for (const flag of plan.flags) {
    const cell = wb.getWorksheet(flag.sheet)?.getCell(flag.cell);
    if (!cell) continue;
    flagCell(cell, flag, language);
    applied.flagged++;
  }
  return applied;
}
