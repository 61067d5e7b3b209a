import { parseDeadline } from "./deadline";
import { compactText } from "./normalize";
import type { Operator } from "./operators";
import { isPlaceholder, qualitativeLevel, type QualitativeLevel } from "./qualitative";
import { parseQuantity } from "./quantity";

export type { Operator } from "./operators";
export type { QualitativeLevel } from "./qualitative";

/**
 * An indicator target (指标值) or actual (实际完成值) as read. `raw` is the cell's text as written.
 * Percentages stay in percent units: `≥95%` is value 95 with unit "%", not 0.95.
 */
export type IndicatorValue =
  | { kind: "empty"; raw: string }
  /** `operator` is absent when the text had none (`480`, `35栋`). */
  | { kind: "quantity"; raw: string; operator?: Operator; value: number; unit?: string }
  /** A month or date: `≤12月`, `12月底前`, `2022年12月31日前完成`, `9月`, `2023年10月`, `第四季度`. */
  | { kind: "deadline"; raw: string; operator?: Operator; year?: number; month: number; day?: number; nextYear?: boolean }
  | { kind: "qualitative"; raw: string; level: QualitativeLevel }
  /** The vague-target placeholders: `优良中差`, `是否`, `符合相关质量标准`, `预算范围内`. */
  | { kind: "placeholder"; raw: string }
  | { kind: "text"; raw: string };

/** Cells with only a dash or slash hold no value. */
const NO_VALUE = /^[-—–―─~/\\…]*$/u;
const END_PUNCTUATION = /[。.,;!、]+$/u;

/** Readings of texts already seen: the same targets (`≤12月`, `优良中差`, `≥95%`) recur in every table. */
const memo = new Map<string, IndicatorValue>();
const MEMO_LIMIT = 20_000;

/** Parses an indicator value. The result is shared between equal inputs: treat it as read-only. */
export function parseIndicatorValue(raw: string | number | boolean | null): IndicatorValue {
  if (typeof raw !== "string") return parseValue(raw);
  let v = memo.get(raw);
  if (!v) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    v = parseValue(raw);
    memo.set(raw, v);
  }
  return v;
}

function parseValue(raw: string | number | boolean | null): IndicatorValue {
  if (raw === null) return { kind: "empty", raw: "" };
  if (typeof raw === "number") {
    return Number.isFinite(raw) ? { kind: "quantity", raw: String(raw), value: raw } : { kind: "text", raw: String(raw) };
  }
  if (typeof raw === "boolean") return { kind: "qualitative", raw: String(raw), level: raw ? "yes" : "no" };
  const compact = compactText(raw).replace(END_PUNCTUATION, "");
  if (NO_VALUE.test(compact)) return { kind: "empty", raw };
  if (isPlaceholder(compact)) return { kind: "placeholder", raw };
  const level = qualitativeLevel(compact);
  if (level) return { kind: "qualitative", raw, level };
  const deadline = parseDeadline(compact);
  if (deadline) return { kind: "deadline", raw, ...deadline };
  const quantity = parseQuantity(compact);
  if (quantity) return { kind: "quantity", raw, ...quantity };
  return { kind: "text", raw };
}

function operatorText(operator: Operator | undefined): string {
  return operator ? `${operator} ` : "";
}

function dateText(v: { year?: number; month: number; day?: number }): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  if (v.year === undefined) return v.day === undefined ? `month ${v.month}` : `month ${v.month} day ${v.day}`;
  return v.day === undefined ? `${v.year}-${pad(v.month)}` : `${v.year}-${pad(v.month)}-${pad(v.day)}`;
}

/** What the parser understood, e.g. `quantity >= 95 %`, `deadline <= 2022-12-31`, `qualitative excellent`. */
export function describe(v: IndicatorValue): string {
  switch (v.kind) {
    case "empty":
      return "empty";
    case "quantity":
      return `quantity ${operatorText(v.operator)}${v.value}${v.unit ? ` ${v.unit}` : ""}`;
    case "deadline":
      return `deadline ${operatorText(v.operator)}${dateText(v)}`;
    case "qualitative":
      return `qualitative ${v.level}`;
    case "placeholder":
      return `placeholder "${v.raw}"`;
    case "text":
      return `text "${v.raw}"`;
  }
}

/**
 * How a target is compared with its actual (RULES.md "Readings"): its own operator when it has one; otherwise a
 * deadline is `<=` (a later date misses it), a bare percentage is ambiguous (`>=` and `<=` both defensible), a
 * zero (`0起`, `无投诉`) is `<=`, a cost is `<=`, any other count or amount is `>=`. Non-numeric targets
 * (qualitative, placeholder, text, empty) are ambiguous.
 */
export function defaultOperator(target: IndicatorValue, context: { isCost: boolean }): Operator | "ambiguous" {
  if (target.kind === "deadline") return target.operator ?? "<=";
  if (target.kind !== "quantity") return "ambiguous";
  if (target.operator) return target.operator;
  if (target.unit === "%") return "ambiguous";
  if (target.value === 0 || context.isCost) return "<=";
  return ">=";
}
