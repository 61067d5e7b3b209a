import path from "node:path";
import type { Language } from "../core/messages";
import { csvReport } from "../report/csv";
import { htmlReport } from "../report/html";
import { jsonReport, type FileOutcome } from "../report/json";
import { textReport } from "../report/text";
import { xlsxReport } from "../report/xlsx";

export const FORMATS = ["text", "json", "html", "csv", "xlsx"] as const;
export type Format = (typeof FORMATS)[number];

/** The report of the checked files in a format; `color` paints a text report's severities for a terminal. */
export async function renderReport(format: Format, outcomes: FileOutcome[], language: Language, color: boolean): Promise<string | Uint8Array> {
  switch (format) {
    case "json":
      return jsonReport(outcomes, language);
    case "html":
      return htmlReport(outcomes, language);
    case "csv":
      return csvReport(outcomes, language);
    case "xlsx": {
      // exceljs loads only for a workbook report: checking and fixing never need it.
      const { default: ExcelJS } = await import("exceljs");
      return xlsxReport(ExcelJS, outcomes, language);
    }
    case "text":
      return textReport(outcomes, language, color);
  }
}

const BY_EXTENSION: Record<string, Format> = { ".txt": "text", ".html": "html", ".htm": "html", ".json": "json", ".xlsx": "xlsx" };

/** The format of `fix --report FILE`, by the file's extension; undefined for one that holds no change list. */
export function formatOfReportFile(file: string): Format | undefined {
  return BY_EXTENSION[path.extname(file).toLowerCase()];
}
