import { compactText } from "./normalize";

/** A unit after normalizeUnit: "%", "元", "万元", "亿元", "个", "人", "人次", "栋", "户", "月", … */
export type Unit = string;

const SYNONYMS: Readonly<Record<string, Unit>> = {
  百分比: "%",
  百分点: "%",
  个百分点: "%",
  个月: "月",
  "㎡": "平方米",
  "m²": "平方米",
  m2: "平方米",
  平米: "平方米",
  km: "公里",
  千米: "公里",
};

/** Folds width, spaces and synonyms: `百分比` → `%`, `个月` → `月`, `㎡` → `平方米`. */
export function normalizeUnit(u: string): Unit {
  let unit = normalized.get(u);
  if (unit === undefined) {
    const compact = compactText(u).toLowerCase();
    unit = SYNONYMS[compact] ?? compact;
    // Units are a small vocabulary; the bound only guards against prose passed in by mistake.
    if (normalized.size > 5_000) normalized.clear();
    normalized.set(u, unit);
  }
  return unit;
}

const normalized = new Map<string, Unit>();

interface UnitScale {
  /** Units with the same base convert into each other. */
  base: Unit;
  /** How many base units one unit is worth. */
  factor: number;
}

const SCALES: Readonly<Record<Unit, UnitScale>> = {
  元: { base: "元", factor: 1 },
  千元: { base: "元", factor: 1e3 },
  万元: { base: "元", factor: 1e4 },
  百万元: { base: "元", factor: 1e6 },
  亿元: { base: "元", factor: 1e8 },
  "%": { base: "%", factor: 1 },
};

/** The scale of a convertible unit (money, percent), undefined for any other unit. */
export function unitFactor(u: string): UnitScale | undefined {
  return SCALES[normalizeUnit(u)];
}

/** `value` in unit `from` expressed in unit `to`; undefined when the units do not convert (栋 → 人). */
export function convert(value: number, from: string, to: string): number | undefined {
  if (normalizeUnit(from) === normalizeUnit(to)) return value;
  const a = unitFactor(from);
  const b = unitFactor(to);
  if (!a || !b || a.base !== b.base) return undefined;
  // 15 significant digits drop the binary noise of the scaling (949.82 × 10000 → 9498200).
  return Number(((value * a.factor) / b.factor).toPrecision(15));
}

/** True when both units are the same after normalisation, convert into each other, or either is missing. */
export function comparableUnits(a?: string, b?: string): boolean {
  if (!a || !b) return true;
  return convert(1, a, b) !== undefined;
}

const IGNORED_PAIRS: readonly (readonly [Unit, Unit])[] = [["人", "人次"]];

/** Pairs that are neither compared nor reported as a mismatch (RULES.md "Readings": 人 and 人次). */
export function unitsIgnored(a?: string, b?: string): boolean {
  if (!a || !b) return false;
  const x = normalizeUnit(a);
  const y = normalizeUnit(b);
  return IGNORED_PAIRS.some(([p, q]) => (x === p && y === q) || (x === q && y === p));
}
