import { renderMessage, type Language } from "../core/messages";
import type { FileOutcome } from "./json";
import { REPORT_WORDS } from "./words";

const HEADER = ["file", "sheet", "cell", "rule", "severity", "message"];

/**
 * A field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break, quotes doubled. Text from a
 * workbook that starts like a formula (`=`, `+`, `-`, `@`) gets a leading apostrophe, so that a spreadsheet opening the
 * file shows it rather than runs it.
 */
function field(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * One row per finding (`file,sheet,cell,rule,severity,message`), and a row for a file that could not be read (its
 * reason as the message). UTF-8 with a byte order mark and CRLF line ends, so that Excel opens the Chinese as written.
 */
export function csvReport(outcomes: FileOutcome[], language: Language): string {
  const rows = [HEADER];
  for (const o of outcomes) {
    if (!o.result) rows.push([o.file, "", "", "", "error", `${REPORT_WORDS[language].unreadable}: ${o.error ?? ""}`]);
    for (const f of o.result?.findings ?? []) rows.push([o.file, f.sheet, f.cell, f.rule, f.severity, renderMessage(f, language)]);
  }
  return "\ufeff" + rows.map((r) => r.map(field).join(",")).join("\r\n") + "\r\n";
}
