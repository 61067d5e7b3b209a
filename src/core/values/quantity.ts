import { DECIMAL, decimalValue } from "./numbers";
import { SUFFIX_WORDS, alternation, quantityOperator, wordOperator, type Operator } from "./operators";
import { normalizeUnit, type Unit } from "./units";

export interface QuantityReading {
  operator?: Operator;
  /** Percentages stay in percent units: `95%` is 95 with unit "%", not 0.95. */
  value: number;
  unit?: Unit;
}

const UNIT_CHARS = String.raw`%‰℃²³㎡a-z\p{Script=Han}`;
/** Up to four unit characters, optionally per something (`次/年`); lazy, so that `以上` stays a suffix. */
const UNIT = `[${UNIT_CHARS}]{0,4}?(?:/[${UNIT_CHARS}]{1,3})?`;

/** Optional label (no digits, may end with an operator), one number, unit, suffix operator, a few tail words. */
const QUANTITY = new RegExp(
  `^(?<label>\\D*?)(?<sign>-)?(?<number>${DECIMAL})(?<unit>${UNIT})(?<suffix>${alternation(SUFFIX_WORDS)})?(?:左右|完成)?$`,
  "iu",
);

/** Words before a total that follows its parts: `2个区域共5人` → 5人. */
const TOTAL_MARK = /共计|合计|总计|累计|共/gu;

/** Nothing happened: `无投诉`, `无`, `零`, `未发生安全事故` → 0. */
const ZERO_WORDS = /^(无|零|没有|未发生|未出现)(\D{0,10})$/u;
/** Words that start like ZERO_WORDS but mean something else (无偿, 无害化, 零售, …). */
const NOT_ZERO = /^(偿|害|障碍|缝|纸|线|限|形|公害|息|售|星|散|工|距离|部件|用|钱)/u;

function readQuantity(text: string): QuantityReading | undefined {
  const g = QUANTITY.exec(text)?.groups;
  if (!g) return undefined;
  const prefix = quantityOperator(g.label);
  const suffix = g.suffix === undefined ? undefined : wordOperator(g.suffix, SUFFIX_WORDS);
  if (prefix && suffix && prefix !== suffix) return undefined;
  const value = (g.sign === "-" ? -1 : 1) * decimalValue(g.number);
  const unit = g.unit === "" ? undefined : normalizeUnit(g.unit);
  if (isYear(value, unit)) return undefined;
  const reading: QuantityReading = { value };
  const operator = prefix ?? suffix;
  if (operator) reading.operator = operator;
  if (unit) reading.unit = unit;
  return reading;
}

/** `2023年`, `2023年度` name a year, not an amount of years. */
function isYear(value: number, unit: Unit | undefined): boolean {
  return (unit === "年" || unit === "年度") && Number.isInteger(value) && value >= 1900 && value <= 2100;
}

function readTotal(text: string): QuantityReading | undefined {
  const marks = [...text.matchAll(TOTAL_MARK)];
  const last = marks[marks.length - 1];
  if (last?.index === undefined) return undefined;
  return readQuantity(text.slice(last.index + last[0].length));
}

function readZero(text: string): QuantityReading | undefined {
  const m = ZERO_WORDS.exec(text);
  return m && !NOT_ZERO.test(m[2]) ? { value: 0 } : undefined;
}

/**
 * Reads an amount with operator and unit from compact text (normalised, no spaces): `≥95%`, `≥95百分比`,
 * `35栋`, `949.82万元`, `85%以上`, `不低于95%`, `投诉率≤5%`, `2个区域共5人` (→ 5人), `0起`, `无投诉` (→ 0).
 */
export function parseQuantity(compact: string): QuantityReading | undefined {
  const text = compact.replace(new RegExp(`百分之(${DECIMAL})`, "u"), "$1%");
  return readQuantity(text) ?? readTotal(text) ?? readZero(text);
}
