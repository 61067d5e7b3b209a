export const RULE_IDS = [
  "weight-sum", "weight-total", "score-range", "score-total", "score-subtotal", "grade", "deduction-reason", "rounding-drift",
  "fund-sum", "exec-rate", "exec-score", "spend-plan",
  "indicator-value", "target-missed-full-score", "overshoot-reason", "qualitative-band", "deviation-reason", "unit-mismatch",
  "vague-target", "duplicate-indicator", "missing-category", "weight-norm", "copied-actual", "timeliness",
  "formula-range", "hardcoded-total", "formula-error", "number-as-text",
] as const;
export type RuleId = (typeof RULE_IDS)[number];
export type Severity = "error" | "warning" | "info";

export const DEFAULT_SEVERITY: Record<RuleId, Severity> = {
  "weight-sum": "error", "weight-total": "error", "score-range": "error", "score-total": "error", "score-subtotal": "error",
  grade: "error", "deduction-reason": "warning", "rounding-drift": "info",
  "fund-sum": "error", "exec-rate": "error", "exec-score": "error", "spend-plan": "error",
  "indicator-value": "error", "target-missed-full-score": "warning", "overshoot-reason": "warning", "qualitative-band": "warning",
  "deviation-reason": "warning", "unit-mismatch": "warning", "vague-target": "info", "duplicate-indicator": "warning",
  "missing-category": "warning", "weight-norm": "warning", "copied-actual": "info", "timeliness": "warning",
  "formula-range": "warning", "hardcoded-total": "info", "formula-error": "error", "number-as-text": "warning",
};

export type ParamValue = string | number;

/**
 * What a rule found, as data: the message is rendered from `detail` and `params` by a language catalog at the edge.
 * `detail` names the variant of the rule's message (e.g. score-range "above" or "notNumber").
 */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  cell: string;
  detail: string;
  params: Record<string, ParamValue>;
  expected?: ParamValue;
  actual?: ParamValue;
  related?: string[];
  fix?: ParamValue;
  /** Range of the table the finding belongs to. */
  table?: string;
}

/** What Excel shows for a number beyond its range, in place of the Infinity or NaN a sum of numbers near 1E308 gives. */
export const OUT_OF_RANGE = "#NUM!";

const outOfRange = (v: unknown): v is number => typeof v === "number" && !Number.isFinite(v);
const shown = (v: ParamValue): ParamValue => (outOfRange(v) ? OUT_OF_RANGE : v);

/**
 * A finding. A value beyond a number's range (a sum of numbers near 1E308) is never carried: it shows as #NUM!, and
 * a fix that would write it is dropped.
 */
export function finding(
  rule: RuleId,
  where: { sheet: string; cell: string; table?: string },
  detail: string,
  params: Record<string, ParamValue>,
  extra: Partial<Pick<Finding, "expected" | "actual" | "related" | "fix">> = {},
): Finding {
  const f: Finding = { rule, severity: DEFAULT_SEVERITY[rule], ...where, detail, params, ...extra };
  if (![f.expected, f.actual, f.fix, ...Object.values(params)].some(outOfRange)) return f;
  const { fix, ...rest } = f;
  return {
    ...rest,
    params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, shown(v)])),
    ...(f.expected !== undefined ? { expected: shown(f.expected) } : {}),
    ...(f.actual !== undefined ? { actual: shown(f.actual) } : {}),
    ...(fix !== undefined && !outOfRange(fix) ? { fix } : {}),
  };
}

/** Rounds for display and comparison: at most `decimals` places, no float noise. */
export function round(n: number, decimals = 2): number {
  const f = 10 ** decimals;
  return Math.round((n + Number.EPSILON * Math.sign(n)) * f) / f;
}
