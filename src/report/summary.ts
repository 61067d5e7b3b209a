import type { Finding, Severity } from "../core/findings";
import type { FileOutcome } from "./json";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** How many findings of each severity. */
export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** A line of the per-file summary table: the file's tables, findings by severity and unfilled tables, or why it could not be read. */
export interface FileSummary {
  file: string;
  error?: string;
  tables: number;
  counts: Record<Severity, number>;
  unfilled: number;
}

export function fileSummaries(outcomes: readonly FileOutcome[]): FileSummary[] {
  return outcomes.map((o) => ({
    file: o.file,
    ...(o.error !== undefined ? { error: o.error } : {}),
    tables: o.result?.tables.length ?? 0,
    counts: severityCounts(o.result?.findings ?? []),
    unfilled: o.result?.totals.filter((t) => t.unfilled.length > 0).length ?? 0,
  }));
}

/** The findings of each file at `least` severity and above (`--severity warning`: errors and warnings). */
export function atLeast(outcomes: readonly FileOutcome[], least: Severity): FileOutcome[] {
  const kept = new Set(SEVERITIES.slice(0, SEVERITIES.indexOf(least) + 1));
  return outcomes.map((o) => (o.result ? { ...o, least, result: { ...o.result, findings: o.result.findings.filter((f) => kept.has(f.severity)) } } : o));
}
