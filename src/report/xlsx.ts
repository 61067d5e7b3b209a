import type ExcelJS from "exceljs";
import type { Severity } from "../core/findings";
import { describeChange, renderMessage, renderUnfilled, unfilledLabel, type Language } from "../core/messages";
import { tableKindName } from "../core/messages/table-kinds";
import { SEVERITY_FILL } from "../core/plan";
import type { FileOutcome } from "./json";
import { fileSummaries, severityCounts, SEVERITIES } from "./summary";
import { REPORT_WORDS, type ReportWords } from "./words";

type Workbook = ExcelJS.Workbook;
/** The exceljs module, passed in so that only a caller asking for a workbook loads it. */
export type ExcelJsModule = { Workbook: new () => Workbook };

const MAX_SHEET_NAME = 31;

/** A sheet name Excel accepts (no []:*?/\, at most 31 characters, not blank), unique in the workbook. */
export function sheetNameFor(base: string, used: Set<string>): string {
  const clean = base.replace(/[[\]:*?/\\]/g, "_").replace(/^'+|'+$/g, "").trim() || "_";
  let name = clean.slice(0, MAX_SHEET_NAME);
  for (let n = 2; used.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = clean.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
  }
  used.add(name.toLowerCase());
  return name;
}

/** A sheet with a bold, frozen, filterable header row and columns as wide as their longest text (within bounds). */
function addTable(wb: Workbook, name: string, header: string[], rows: (string | number)[][]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  header.forEach((h, i) => {
    const longest = Math.max(...[h, ...rows.map((r) => r[i])].map((v) => [...String(v ?? "")].length * 2));
    ws.getColumn(i + 1).width = Math.min(Math.max(longest, 6), 80);
  });
  return ws;
}

function paintSeverity(cell: ExcelJS.Cell, severity: Severity): void {
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${SEVERITY_FILL[severity].slice(1)}` } };
}

function summarySheet(wb: Workbook, outcomes: FileOutcome[], words: ReportWords): void {
  const s = words.summary;
  addTable(wb, words.workbook.summary, [s.file, s.tables, ...SEVERITIES.map((x) => words.severity[x]), s.unfilled, s.status],
    fileSummaries(outcomes).map((f) => [
      f.file, f.tables, ...SEVERITIES.map((x) => f.counts[x]), f.unfilled,
      f.error !== undefined ? `${words.unreadable}: ${f.error}` : f.tables === 0 ? words.noTables : "",
    ]));
}

function findingsSheet(wb: Workbook, outcomes: FileOutcome[], language: Language, words: ReportWords): void {
  const w = words.workbook;
  const findings = outcomes.flatMap((o) => (o.result?.findings ?? []).map((f) => ({ file: o.file, f })));
  const ws = addTable(wb, w.findings, [w.file, w.sheet, words.findingHeaders.cell, words.findingHeaders.rule, words.findingHeaders.severity, words.findingHeaders.message],
    findings.map(({ file, f }) => [file, f.sheet, f.cell, f.rule, words.severity[f.severity], renderMessage(f, language)]));
  findings.forEach(({ f }, i) => paintSeverity(ws.getCell(i + 2, 5), f.severity));
}

function changesSheet(wb: Workbook, outcomes: FileOutcome[], language: Language, words: ReportWords): void {
  const c = words.changes;
  const rows = outcomes.flatMap((o) => (o.changes ?? []).map((v) => {
    const d = describeChange(v, language);
    return [o.file, d.table, d.cell, d.meaning, d.previous, d.value, d.reason];
  }));
  addTable(wb, words.workbook.changes, [words.workbook.file, c.table, c.cell, c.meaning, c.previous, c.value, c.reason], rows);
}

/** A file's tables, one a row: where, what, findings by severity, 未填写 or ✓, total score and grade. */
function fileSheet(wb: Workbook, o: FileOutcome, name: string, language: Language, words: ReportWords): void {
  const w = words.workbook;
  const header = [w.sheet, w.range, w.kind, w.name, ...SEVERITIES.map((x) => words.severity[x]), words.summary.status, w.totalScore, words.grade];
  if (!o.result) {
    addTable(wb, name, [w.file, words.summary.status], [[o.file, `${words.unreadable}: ${o.error ?? ""}`]]);
    return;
  }
  const { tables, totals, findings } = o.result;
  addTable(wb, name, header, tables.map((t, i) => {
    const counts = severityCounts(findings.filter((f) => f.sheet === t.sheet && f.table === t.range));
    const unfilled = totals[i]?.unfilled ?? [];
    const status = unfilled.length > 0 ? `${unfilledLabel(language)}${words.colon}${renderUnfilled(unfilled, language)}`
      : SEVERITIES.every((x) => counts[x] === 0) ? words.clean[o.least ?? "info"] : "";
    return [t.sheet, t.range, tableKindName(t.kind, language), t.name ?? "", ...SEVERITIES.map((x) => counts[x]), status, totals[i]?.totalScore ?? "", totals[i]?.grade ?? ""];
  }));
}

/**
 * The findings workbook: a summary sheet (a row per file), the findings (a row each), the values a fix wrote when there
 * are any, then a sheet per file with its tables.
 */
export async function xlsxReport(excelJs: ExcelJsModule, outcomes: FileOutcome[], language: Language): Promise<Uint8Array> {
  const words = REPORT_WORDS[language];
  const wb = new excelJs.Workbook();
  summarySheet(wb, outcomes, words);
  findingsSheet(wb, outcomes, language, words);
  if (outcomes.some((o) => o.changes)) changesSheet(wb, outcomes, language, words);
  const used = new Set(wb.worksheets.map((ws) => ws.name.toLowerCase()));
  for (const o of outcomes) fileSheet(wb, o, sheetNameFor(o.file.replace(/^.*[\\/]/, "").replace(/\.xlsx?$/i, ""), used), language, words);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
