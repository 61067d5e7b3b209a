/** Report formats: pure functions of the checked files, written by the command line and downloaded from the web page (no node imports). */
import type { CheckResult } from "../core/engine";
import type { Severity } from "../core/findings";
import { describeChange, renderMessage, renderNote, type Language } from "../core/messages";
import type { ValueWrite } from "../core/plan";
import { isErrorValue } from "../core/snapshot";

export interface FileOutcome {
  file: string;
  result?: CheckResult;
  error?: string;
  /** The values `fix` wrote into the file's copy (absent for a check). */
  changes?: ValueWrite[];
  /** Findings below this severity were left out (`--severity`): a table without findings is clean only that far. */
  least?: Severity;
}

/** A value `fix` wrote: where, what the cell holds and why, with the values as they were and are. */
function changeEntry(v: ValueWrite, language: Language) {
  const { table, meaning, reason } = describeChange(v, language);
  const previous = isErrorValue(v.previous) ? v.previous.error : v.previous;
  return { sheet: v.sheet, cell: v.cell, table, meaning, previous, value: v.value, reason };
}

/** RULES.md's output contract, and the values a fix wrote. */
export function jsonReport(outcomes: FileOutcome[], language: Language): string {
  const files = outcomes.map((o) => {
    if (!o.result) return { file: o.file, error: o.error, tables: [], findings: [] };
    return {
      file: o.file,
      tables: o.result.tables.map((t, i) => ({
        sheet: t.sheet,
        kind: t.kind,
        range: t.range,
        ...(t.name ? { name: t.name } : {}),
        ...(t.notes.length ? { notes: t.notes.map((n) => renderNote(n, language)) } : {}),
        ...(o.result?.totals[i]?.unfilled.length ? { unfilled: o.result.totals[i].unfilled } : {}),
      })),
      findings: o.result.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        sheet: f.sheet,
        cell: f.cell,
        message: renderMessage(f, language),
        ...(f.expected !== undefined ? { expected: f.expected } : {}),
        ...(f.actual !== undefined ? { actual: f.actual } : {}),
        ...(f.related?.length ? { related: f.related } : {}),
        ...(f.fix !== undefined ? { fix: f.fix } : {}),
      })),
      // Notes are printed rendered with their table above; the totals keep to the figures.
      totals: o.result.totals.map((t) => ({ ...t, notes: undefined })),
      ...(o.changes ? { changes: o.changes.map((v) => changeEntry(v, language)) } : {}),
    };
  });
  return JSON.stringify({ files }, null, 2);
}
