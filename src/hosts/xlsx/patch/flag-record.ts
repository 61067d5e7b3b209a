import { cellAddress } from "../../../core/snapshot";
import { FLAG_SHEET, parseRecord, recordRows } from "../../excel/flag-store";
import type { FlagRecord } from "../../host";
import type { PackageFiles } from "./package-files";
import { isType } from "./relationships";
import { sharedStrings, sheetValues } from "./sheet-values";
import { addSheet, type WorkbookPart } from "./workbook-part";
import { attributes, prefixOf, rootElement } from "./xml-elements";
import { escapeCellText, escapeXml, unescapeXml } from "./xml-text";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

const key = (r: FlagRecord) => `${r.sheet}!${r.cell}`;

/** The record the package holds already (a copy annotated before, by this patch or the add-in), or none. */
function previousRecord(files: PackageFiles, workbook: WorkbookPart): FlagRecord[] {
  const part = workbook.sheets.get(FLAG_SHEET);
  const xml = part === undefined ? undefined : files.text(part);
  if (xml === undefined) return [];
  const strings = workbook.relationships.find((r) => isType(r, "sharedStrings") && !r.external)?.part;
  return parseRecord(sheetValues(xml, sharedStrings(strings === undefined ? undefined : files.text(strings))));
}

/**
 * The record after flagging: each flagged cell once, with the fill it had before it was first flagged (a cell
 * recorded already keeps its recorded fill, never the flag colour it has now); then the cells recorded earlier and
 * not flagged again, which keep their flag until the add-in clears it, as long as their sheet is still there.
 */
function mergedRecord(previous: FlagRecord[], current: FlagRecord[], sheets: Set<string>): FlagRecord[] {
  const earlier = new Map(previous.map((r) => [key(r), r]));
  const merged = new Map<string, FlagRecord>();
  for (const r of current) {
    const before = earlier.get(key(r));
    if (!merged.has(key(r))) merged.set(key(r), before ? { ...r, originalFill: before.originalFill } : r);
  }
  for (const r of previous) if (!merged.has(key(r)) && sheets.has(r.sheet)) merged.set(key(r), r);
  return [...merged.values()];
}

/** The namespace of the workbook part's elements (transitional or strict SpreadsheetML). */
function spreadsheetNamespace(workbookXml: string): string {
  const root = rootElement(workbookXml);
  const prefix = prefixOf(root.name);
  const declared = attributes(workbookXml, root).get(prefix ? `xmlns:${prefix.slice(0, -1)}` : "xmlns");
  return declared === undefined ? MAIN_NS : unescapeXml(declared);
}

function recordCell(row: number, col: number, value: string | number): string {
  const r = cellAddress(row, col);
  if (typeof value === "number") return `<c r="${r}"><v>${value}</v></c>`;
  return value === "" ? "" : `<c r="${r}" t="inlineStr"><is><t xml:space="preserve">${escapeCellText(value)}</t></is></c>`;
}

function recordSheetXml(namespace: string, rows: (string | number)[][]): string {
  const body = rows.map((row, r) => `<row r="${r + 1}">${row.map((v, c) => recordCell(r, c, v)).join("")}</row>`).join("");
  const dimension = `A1:${cellAddress(rows.length - 1, rows[0].length - 1)}`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${escapeXml(namespace)}"><dimension ref="${dimension}"/><sheetData>${body}</sheetData></worksheet>`;
}

/**
 * Writes the record of the cells flagged, as the Excel add-in keeps it (so that its 清除标记 works on the copy): the
 * very hidden sheet __perfcheck_flags, added to the package or its content replaced.
 */
export function writeFlagRecord(files: PackageFiles, workbook: WorkbookPart, flagged: FlagRecord[]): void {
  const sheets = new Set([...workbook.sheets.keys()].filter((name) => name !== FLAG_SHEET));
  const rows = recordRows(mergedRecord(previousRecord(files, workbook), flagged, sheets));
  const xml = recordSheetXml(spreadsheetNamespace(files.text(workbook.name) ?? ""), rows);
  const part = workbook.sheets.get(FLAG_SHEET);
  if (part === undefined) addSheet(files, workbook, FLAG_SHEET, "veryHidden", xml);
  else files.setText(part, xml);
}
