/** Report formats: pure functions of the checked files, written by the command line and downloaded from the web page (no node imports). */
import type { CheckResult } from "../core/engine";
import { renderMessage, renderNote, type Language } from "../core/messages";

export interface FileOutcome {
  file: string;
  result?: CheckResult;
  error?: string;
}

/** RULES.md's output contract. */
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
    };
  });
  return JSON.stringify({ files }, null, 2);
}
