import ExcelJS from "exceljs";
import type { Cell, CellValue, MergedArea, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot";
import { parseAddress } from "../../src/core/snapshot";

/**
 * The snapshot as exceljs reads a file: the reference the project's own reader (src/hosts/xlsx/ooxml) is compared
 * with, and a second opinion on files the project writes. exceljs repeats a merged area's value in every covered
 * cell; the snapshot keeps it at the area's top-left cell only, as Excel does.
 */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function dateToSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
}

function plainValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateToSerial(v);
  if ("error" in v) return { error: String(v.error) };
  if ("richText" in v) return v.richText.map((part) => part.text).join("");
  if ("formula" in v || "sharedFormula" in v) {
    const result = (v as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) return null;
    if (typeof result === "object" && !(result instanceof Date) && "error" in result) return { error: String(result.error) };
    return plainValue(result as ExcelJS.CellValue);
  }
  if ("text" in v) return typeof v.text === "string" ? v.text : plainValue(v.text as ExcelJS.CellValue);
  return null;
}

function parseRange(ref: string): MergedArea | undefined {
  const [a, b] = ref.split(":");
  const start = parseAddress(a);
  const end = parseAddress(b ?? a);
  if (!start || !end) return undefined;
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}

function sheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const merges: MergedArea[] = [];
  for (const ref of (ws.model as { merges?: string[] }).merges ?? []) {
    const area = parseRange(ref);
    if (area) merges.push(area);
  }
  const cells: Cell[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (c) => {
      if (c.isMerged && c.master !== c) return;
      const formula = c.formula || undefined;
      const value = plainValue(c.value);
      if (value === null && !formula) return;
      const cell: Cell = { row: Number(c.row) - 1, col: Number(c.col) - 1, value };
      if (formula) cell.formula = formula;
      if (c.numFmt && c.numFmt !== "General") cell.numFmt = c.numFmt;
      cells.push(cell);
    });
  });
  return { name: ws.name, cells, merges };
}

export function workbookSnapshot(wb: ExcelJS.Workbook): WorkbookSnapshot {
  return { sheets: wb.worksheets.map(sheetSnapshot) };
}

/** Loads bytes into an exceljs workbook. */
export async function loadExceljs(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  return wb;
}

/** A note's plain text, whether exceljs holds it as a string or as rich text. */
export function noteText(note: string | ExcelJS.Comment | undefined): string {
  if (!note) return "";
  return typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
}
