import type { RuleModules } from "./rules/registry";
import type { FindingExtra, RelatedCell, RuleModule } from "./rules/rule";
import { addressOf, type Position } from "./snapshot";

export type { RuleId } from "./rules/registry";
export type Severity = "error" | "warning" | "info";
export type ParamValue = string | number;

/** What a finding carries besides its message: the numbers found and expected, the value to write. */
export interface FindingFigures {
  expected?: ParamValue;
  actual?: ParamValue;
  fix?: ParamValue;
}

/** Where a finding points: its anchor cell, the cells it rests on, and the range of the table it belongs to. */
export interface FindingBase extends FindingFigures {
  severity: Severity;
  sheet: string;
  cell: string;
  related?: string[];
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

/** A related cell's address, on another sheet prefixed by the sheet's name. */
function relatedAddress(c: RelatedCell): string {
  if (!c) return "";
  return c.sheet === undefined ? addressOf(c) : `${c.sheet}!${addressOf(c)}`;
}

/**
 * A finding, the addresses of its cells built here. A value beyond a number's range (a sum of numbers near 1E308) is
 * never carried as a figure: it shows as #NUM!, and a fix that would write it is dropped (messages show such
 * parameters as #NUM! too).
 */
export function finding(
  rule: Pick<RuleModule, "id" | "severity">,
  where: { sheet: string; at: Position; table?: string },
  variant: string,
  params: Record<string, ParamValue>,
  extra: FindingExtra = {},
): Finding {
  // Every field written out: spreading `extra`, whose shape varies by rule, would give each finding a hidden class of its own.
  const f = {
    rule: rule.id, severity: rule.severity, sheet: where.sheet, cell: addressOf(where.at), table: where.table, variant, params,
    expected: extra.expected, actual: extra.actual, related: extra.related?.map(relatedAddress), fix: extra.fix,
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
