import type { RuleModules } from "./rules/registry";
import type { FindingExtra, RuleModule } from "./rules/rule";

export type { RuleId } from "./rules/registry";
export type Severity = "error" | "warning" | "info";
export type ParamValue = string | number;

/** Where a finding points: its anchor cell, and the range of the table it belongs to. */
export interface FindingBase extends FindingExtra {
  severity: Severity;
  sheet: string;
  cell: string;
  /** Range of the table the finding belongs to. */
  table?: string;
}

type FindingsOf<M> = M extends Pick<RuleModule<infer Id, infer V>, "id" | "variants">
  ? { [K in keyof V & string]: FindingBase & { rule: Id; variant: K; params: V[K] } }[keyof V & string]
  : never;

/**
 * What a rule found, as data: one type per rule and variant (score-range "above" or "notNumber"), with the
 * parameters its message is rendered from by a language catalog at the edge.
 */
export type Finding = FindingsOf<RuleModules>;

/** What Excel shows for a number beyond its range, in place of the Infinity or NaN a sum of numbers near 1E308 gives. */
export const OUT_OF_RANGE = "#NUM!";

const outOfRange = (v: unknown): v is number => typeof v === "number" && !Number.isFinite(v);
const shown = (v: ParamValue): ParamValue => (outOfRange(v) ? OUT_OF_RANGE : v);

/**
 * A finding. A value beyond a number's range (a sum of numbers near 1E308) is never carried as a figure: it shows as
 * #NUM!, and a fix that would write it is dropped (messages show such parameters as #NUM! too).
 */
export function finding(
  rule: Pick<RuleModule, "id" | "severity">,
  where: { sheet: string; cell: string; table?: string },
  variant: string,
  params: Record<string, ParamValue>,
  extra: FindingExtra = {},
): Finding {
  // Every field written out: spreading `extra`, whose shape varies by rule, would give each finding a hidden class of its own.
  const f = {
    rule: rule.id, severity: rule.severity, sheet: where.sheet, cell: where.cell, table: where.table, variant, params,
    expected: extra.expected, actual: extra.actual, related: extra.related, fix: extra.fix,
  } as Finding;
  if (![f.expected, f.actual, f.fix].some(outOfRange)) return f;
  const { fix, ...rest } = f;
  return {
    ...rest,
    ...(f.expected !== undefined ? { expected: shown(f.expected) } : {}),
    ...(f.actual !== undefined ? { actual: shown(f.actual) } : {}),
    ...(fix !== undefined && !outOfRange(fix) ? { fix } : {}),
  } as Finding;
}

/** Rounds for display and comparison: at most `decimals` places, no float noise. */
export function round(n: number, decimals = 2): number {
  const f = 10 ** decimals;
  return Math.round((n + Number.EPSILON * Math.sign(n)) * f) / f;
}
