import { DEADLINE_MARKS, alternation, deadlineOperator, wordOperator, type Operator } from "./operators";

export interface DeadlineReading {
  operator?: Operator;
  year?: number;
  month: number;
  day?: number;
  /** `次年1月`, `明年3月底前`: in the year after the budget year. */
  nextYear?: boolean;
}

const NEXT_YEAR = /(次年|下一?年度?|明年)$/u;

const QUARTERS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
const PART_OF_MONTH = "(?:底|末|初|中|上旬|中旬|下旬)?";

/** Date forms, tried at the start of the text after a label. Each gives year?, month (or quarter, half, yearEnd), day?. */
const DATE_FORMS: readonly RegExp[] = [
  new RegExp(`^(?:(?<year>\\d{4})年)?(?<month>\\d{1,2})月份?(?:(?<day>\\d{1,2})[日号])?${PART_OF_MONTH}`, "u"),
  /^(?<year>\d{4})[-/](?<month>\d{1,2})(?:[-/](?<day>\d{1,2}))?/u,
  /^(?<year>\d{4})\.(?<month>\d{1,2})\.(?<day>\d{1,2})/u,
  /^(?:(?<year>\d{4})年)?第?(?<quarter>[一二三四1-4])季度(?:末|底)?/u,
  /^(?:(?<year>\d{4})年)?(?<half>[上下])半年/u,
  // 年底, 2023年末, 本年度末, and 年内 / 本年度内 (the mark 内 follows): a bare `2023年度` is not a deadline.
  /^(?:(?<year>\d{4})|本|当|今)?年度?(?:(?<yearEnd>底|末)|(?=以内|之内|内))/u,
  // A year alone (`2018年`, `2018年前`) ends with that year; `2023年度` names the budget year.
  /^(?<year>\d{4})年(?!度)/u,
];

const MARK = new RegExp(`^(?:${alternation(DEADLINE_MARKS)})`, "u");

/** What may follow a date without a mark: `2022年12月完成`. */
const COMPLETION = /^(全部|全面|按时|如期)?(完成|完工|竣工|结束|到位|支付|拨付|发放|兑现|实施|验收|开工|启动|交付)/u;

const MAX_LABEL = 12;

interface DateParts {
  year?: number;
  month: number;
  day?: number;
  /** A period rather than a month (第四季度, 上半年, 年底): it reads as "by its end", ≤. */
  period: boolean;
  length: number;
}

function readDate(text: string): DateParts | undefined {
  for (const form of DATE_FORMS) {
    const m = form.exec(text);
    if (!m?.groups) continue;
    const g = m.groups;
    const year = optionalNumber(g.year);
    const day = optionalNumber(g.day);
    const month = g.month !== undefined ? Number(g.month) : periodEndMonth(g);
    if (!validDate(year, month, day)) return undefined;
    return { year, month, day, period: g.month === undefined, length: m[0].length };
  }
  return undefined;
}

function optionalNumber(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

function periodEndMonth(g: Record<string, string | undefined>): number {
  if (g.quarter !== undefined) return QUARTERS[g.quarter] * 3;
  if (g.half === "上") return 6;
  return 12;
}

function validDate(year: number | undefined, month: number, day: number | undefined): boolean {
  if (year !== undefined && (year < 1900 || year > 2100)) return false;
  if (month < 1 || month > 12) return false;
  return day === undefined || (day >= 1 && day <= 31);
}

/** Whether the text after a date (and its mark) still reads as part of a deadline. */
function acceptableRest(rest: string, marked: boolean): boolean {
  if (rest === "") return true;
  if (/\d/u.test(rest)) return false;
  return marked || COMPLETION.test(rest);
}

/**
 * Reads a month or date: `≤12月`, `12月底前`, `2022年12月31日前完成`, `9月`, `2023年10月`, `第四季度` (→ month 12,
 * ≤), `年底前` and `2018年` (→ month 12, ≤). `compact` is normalised text without spaces. The operator comes from a symbol
 * or word before the date, else from a mark after it (前, 内, 止 → ≤), else ≤ for a period (quarter, half year,
 * year end); a plain month or date (`9月`, `12月底`) has none.
 */
export function parseDeadline(compact: string): DeadlineReading | undefined {
  for (let start = 0; start <= Math.min(compact.length - 1, MAX_LABEL); start++) {
    const written = compact.slice(0, start);
    if (/\d/u.test(written)) return undefined;
    const nextYear = NEXT_YEAR.test(written);
    const label = written.replace(NEXT_YEAR, "");
    const date = readDate(compact.slice(start));
    if (!date) continue;
    const after = compact.slice(start + date.length);
    const mark = MARK.exec(after)?.[0];
    if (!acceptableRest(after.slice(mark?.length ?? 0), mark !== undefined)) return undefined;
    const operator =
      deadlineOperator(label) ??
      (mark !== undefined ? wordOperator(mark, DEADLINE_MARKS) : date.period ? "<=" : undefined);
    const reading: DeadlineReading = { month: date.month };
    if (operator) reading.operator = operator;
    if (date.year !== undefined) reading.year = date.year;
    if (date.day !== undefined) reading.day = date.day;
    if (nextYear && date.year === undefined) reading.nextYear = true;
    return reading;
  }
  return undefined;
}
