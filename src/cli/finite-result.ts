import type { CheckResult } from "../core/engine";
import type { Finding, ParamValue } from "../core/findings";
import type { TableNote } from "../core/model";
import type { CellValue } from "../core/snapshot";
import type { TableTotals } from "../core/totals";

/** What Excel shows for a number beyond its range, in place of the Infinity or NaN a sum of huge numbers gives. */
export const OUT_OF_RANGE = "#NUM!";

function outOfRange(v: unknown): v is number {
  return typeof v === "number" && !Number.isFinite(v);
}

function shownValue<T extends ParamValue | undefined>(v: T): T | string {
  return outOfRange(v) ? OUT_OF_RANGE : v;
}

function shownParams(params: Record<string, ParamValue>): Record<string, ParamValue> {
  return Object.values(params).some(outOfRange)
    ? Object.fromEntries(Object.entries(params).map(([k, v]) => [k, shownValue(v)]))
    : params;
}

function finiteFinding(f: Finding): Finding {
  if (![f.expected, f.actual, f.fix, ...Object.values(f.params)].some(outOfRange)) return f;
  const { fix, ...rest } = f;
  return {
    ...rest,
    params: shownParams(f.params),
    ...(f.expected !== undefined ? { expected: shownValue(f.expected) } : {}),
    ...(f.actual !== undefined ? { actual: shownValue(f.actual) } : {}),
    ...(fix !== undefined && !outOfRange(fix) ? { fix } : {}),
  };
}

function finiteNotes(notes: TableNote[]): TableNote[] {
  return notes.map((n) => ({ ...n, params: shownParams(n.params) }));
}

function finiteNumber(v: number | undefined): number | undefined {
  return outOfRange(v) ? undefined : v;
}

function finiteTotals(t: TableTotals): TableTotals {
  return {
    ...t,
    totalWeight: finiteNumber(t.totalWeight),
    totalScore: finiteNumber(t.totalScore),
    executionRate: finiteNumber(t.executionRate),
    executionScore: finiteNumber(t.executionScore),
    // A group whose weights add up beyond any number has no bar to draw: its findings say what is wrong.
    groups: t.groups.filter((g) => !outOfRange(g.weight)).map((g) => ({ ...g, score: finiteNumber(g.score) })),
    notes: finiteNotes(t.notes),
  };
}

function finitePrevious(v: CellValue): CellValue {
  return outOfRange(v) ? { error: OUT_OF_RANGE } : v;
}

/**
 * The result with no Infinity or NaN left for a report or a copy: computed values beyond a number's range (sums of
 * numbers near 1E308) are not written, and show as #NUM! in messages.
 */
export function finiteResult(result: CheckResult): CheckResult {
  return {
    ...result,
    tables: result.tables.map((t) => ({ ...t, notes: finiteNotes(t.notes) })),
    findings: result.findings.map(finiteFinding),
    totals: result.totals.map(finiteTotals),
    plan: {
      values: result.plan.values.filter((v) => !outOfRange(v.value)).map((v) => ({ ...v, previous: finitePrevious(v.previous) })),
      flags: result.plan.flags,
    },
  };
}
