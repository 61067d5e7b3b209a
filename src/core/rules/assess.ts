import type { IndicatorRow } from "../model";
import type { Profile } from "../profile/schema";
import { comparableUnits, convert, unitsIgnored } from "../values/units";
import { defaultOperator, parseIndicatorValue, type IndicatorValue, type Operator } from "../values/indicator-value";
import { round } from "../findings";
import { categoryOf } from "./context";

export interface Assessment {
  target: IndicatorValue;
  actual: IndicatorValue;
  operator: Operator | "ambiguous";
  /** met / missed when the target and actual can be compared, else unknown. */
  outcome: "met" | "missed" | "unknown";
  unitMismatch: boolean;
  /** actual ÷ target, for targets met by larger values. */
  overshoot?: number;
  /** The score the profile gives a missed quantitative target. */
  expectedScore?: number;
}

type Quantity = Extract<IndicatorValue, { kind: "quantity" }>;
type Deadline = Extract<IndicatorValue, { kind: "deadline" }>;

const EPS = 1e-9;

function meets(a: number, t: number, op: Operator): boolean {
  const tol = EPS * Math.max(1, Math.abs(t));
  switch (op) {
    case ">=": return a >= t - tol;
    case ">": return a > t + tol;
    case "<=": return a <= t + tol;
    case "<": return a < t - tol;
    case "=": return Math.abs(a - t) <= tol;
  }
}

/** The year a deadline falls in: its own, else the budget year (the next one for `次年…`); undefined when unknown. */
function yearOf(d: Deadline, budgetYear: number | undefined): number | undefined {
  if (d.year !== undefined) return d.year;
  if (budgetYear === undefined) return undefined;
  return budgetYear + (d.nextYear ? 1 : 0);
}

function dateKey(d: Deadline, year: number): number {
  return year * 10_000 + d.month * 100 + (d.day ?? 31);
}

function isCostRow(row: IndicatorRow, profile: Profile): boolean {
  return row.levels.some((l) => categoryOf(l?.name, ["cost"], profile) === "cost") || /成本/.test(row.levels[row.levels.length - 1]?.name ?? "");
}

function compareQuantities(row: IndicatorRow, t: Quantity, a: Quantity, profile: Profile, base: Assessment): Assessment {
  const op = defaultOperator(t, { isCost: isCostRow(row, profile) });
  // Nothing happened (`0起`, `无投诉`) against a `≤` target is 0 in the target's unit (RULES.md).
  const zeroAgainstUpper = a.value === 0 && (op === "<=" || op === "<");
  const actualUnit = zeroAgainstUpper ? t.unit : a.unit ?? t.unit;
  if (unitsIgnored(t.unit, actualUnit)) return base;
  if (!comparableUnits(t.unit, actualUnit)) return assessment(base, { unitMismatch: true });
  const actual = t.unit && actualUnit ? convert(a.value, actualUnit, t.unit) ?? a.value : a.value;
  // A bare percentage reads as ≥ or ≤: only equality is certain, and then it is met either way.
  if (op === "ambiguous") return assessment(base, { operator: op, outcome: meets(actual, t.value, "=") ? "met" : "unknown" });
  const outcome = meets(actual, t.value, op) ? "met" : "missed";
  const overshoot = (op === ">=" || op === ">") && t.value > 0 ? actual / t.value : undefined;
  const weight = row.weight?.value;
  let expectedScore: number | undefined;
  if (outcome === "missed" && weight !== undefined) {
    if (op === "<=" || op === "<") {
      expectedScore = profile.reverseScoring === "zero" || actual <= 0 ? 0 : round((t.value / actual) * weight, profile.scoreDecimals);
    } else if (t.value > 0) {
      expectedScore = round((Math.max(actual, 0) / t.value) * weight, profile.scoreDecimals);
    }
  }
  return assessment(base, { operator: op, outcome, overshoot, expectedScore });
}

function compareDeadlines(t: Deadline, a: Deadline, base: Assessment, budgetYear: number | undefined): Assessment {
  const op = t.operator ?? "<=";
  if (op !== "<=" && op !== "<") return base;
  let ty = yearOf(t, budgetYear);
  let ay = yearOf(a, budgetYear);
  if (ty === undefined || ay === undefined) {
    // Without a budget year, only relative years compare: `次年1月` is after any month of this year.
    ty = t.year === undefined ? (t.nextYear ? 1 : 0) : 0;
    ay = a.year === undefined ? (a.nextYear ? 1 : 0) : 0;
    if ((t.year === undefined) !== (a.year === undefined)) ty = ay = 0;
  }
  const late = dateKey(a, ay) > dateKey(t, ty);
  return assessment(base, { operator: op, outcome: late ? "missed" : "met" });
}

/**
 * An assessment with every field written out in one order: Node 20's V8 gives each object built as `{ ...base, key }`
 * (a key `base` lacks) a hidden class of its own, which thousands of rows would each pay for.
 */
function assessment(base: Assessment, change: Partial<Omit<Assessment, "target" | "actual">>): Assessment {
  return {
    target: base.target,
    actual: base.actual,
    operator: change.operator ?? base.operator,
    outcome: change.outcome ?? base.outcome,
    unitMismatch: change.unitMismatch ?? base.unitMismatch,
    overshoot: change.overshoot,
    expectedScore: change.expectedScore,
  };
}

const cache = new WeakMap<IndicatorRow, Assessment>();

/**
 * How a row's actual value stands against its target (RULES.md "Readings"), the table's budget year placing
 * deadlines without a year. Cached per row.
 */
export function assess(row: IndicatorRow, profile: Profile, budgetYear?: number): Assessment {
  const hit = cache.get(row);
  if (hit) return hit;
  const target = parseIndicatorValue(row.target?.text ?? null);
  const actual = parseIndicatorValue(row.actual?.text ?? null);
  const base: Assessment = { target, actual, operator: "ambiguous", outcome: "unknown", unitMismatch: false, overshoot: undefined, expectedScore: undefined };
  let result = base;
  if (target.kind === "quantity" && actual.kind === "quantity") result = compareQuantities(row, target, actual, profile, base);
  else if (target.kind === "deadline" && actual.kind === "deadline") result = compareDeadlines(target, actual, base, budgetYear);
  else if (actual.kind === "qualitative" && (actual.level === "no" || actual.level === "unmet") && target.kind !== "empty") {
    result = assessment(base, { outcome: "missed" });
  }
  cache.set(row, result);
  return result;
}
