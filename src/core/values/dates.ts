/** The parts of a date a number format shows: `yyyy"年"m"月"` shows year and month, `yyyy-mm-dd` all three. */
export interface DateParts {
  year: boolean;
  month: boolean;
  day: boolean;
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ALL_PARTS: DateParts = { year: true, month: true, day: true };

/** Excel's system long date (`[$-F800]dddd, mmmm dd, yyyy`): a full date whatever follows the locale tag. */
const SYSTEM_LONG_DATE = /\[\$-F800\]/i;
/** Words of a format written in letters that are not date tokens. */
const SKIPPED_WORDS = /^(?:general|am\/pm)/i;
/** Elapsed time: `[h]:mm`, `[mm]:ss`. */
const ELAPSED = /^\[(h+|m+|s+)\]/i;

/** One run of a date or time letter: `yyyy` is { letter: "y", length: 4 }; `n` is an elapsed minute (`[mm]`). */
interface Token {
  letter: string;
  length: number;
}

/** The index after the next `close` from `from`, or the end of the code. */
function after(code: string, close: string, from: number): number {
  const at = code.indexOf(close, from);
  return at < 0 ? code.length : at + 1;
}

/** The date and time tokens of a format's first section (the one positive numbers use), literals skipped. */
function tokens(code: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < code.length && code[i] !== ";") {
    const ch = code[i];
    const skipped = SKIPPED_WORDS.exec(code.slice(i));
    if (skipped) i += skipped[0].length;
    else if (ch === '"') i = after(code, '"', i + 1);
    else if (ch === "\\" || ch === "_" || ch === "*") i += 2;
    else if (ch === "[") {
      const elapsed = ELAPSED.exec(code.slice(i))?.[1][0].toLowerCase();
      if (elapsed) out.push({ letter: elapsed === "m" ? "n" : elapsed, length: 1 });
      i = after(code, "]", i + 1);
    } else {
      const letter = ch.toLowerCase();
      let end = i + 1;
      while (end < code.length && code[end].toLowerCase() === letter) end++;
      // `e` is a year (`[$-404]e/m/d`) except in scientific notation (`0.00E+00`).
      const scientific = letter === "e" && (code[end] === "+" || code[end] === "-");
      if ("ymdhse".includes(letter) && !scientific) out.push({ letter, length: end - i });
      i = end;
    }
  }
  return out;
}

function readFormat(code: string): DateParts | undefined {
  if (SYSTEM_LONG_DATE.test(code)) return ALL_PARTS;
  const list = tokens(code);
  // `m` is a minute right after an hour or right before a second (`hh:mm`, `mm:ss`), else a month.
  const isMonth = (t: Token, i: number) => t.letter === "m" && list[i - 1]?.letter !== "h" && list[i + 1]?.letter !== "s";
  const parts: DateParts = {
    year: list.some((t) => t.letter === "y" || t.letter === "e"),
    month: list.some(isMonth),
    // `ddd` and `dddd` name the weekday.
    day: list.some((t) => t.letter === "d" && t.length <= 2),
  };
  if (parts.year || parts.month || parts.day) return parts;
  // A weekday alone (`dddd`) still holds a whole date.
  return list.some((t) => t.letter === "d") ? ALL_PARTS : undefined;
}

const formats = new Map<string, DateParts | null>();
const FORMAT_MEMO_LIMIT = 1_000;

/**
 * The date parts an Excel number format code shows, or undefined when it formats a number, a text or a time of
 * day only (`0.00%`, `General`, `"m"0`, `h:mm`). Tokens inside quotes, `[...]` and after `\`, `_`, `*` are literals.
 */
export function dateFormatParts(code: string): DateParts | undefined {
  let parts = formats.get(code);
  if (parts === undefined) {
    if (formats.size >= FORMAT_MEMO_LIMIT) formats.clear();
    parts = readFormat(code) ?? null;
    formats.set(code, parts);
  }
  return parts ?? undefined;
}

export function isDateFormat(code: string): boolean {
  return dateFormatParts(code) !== undefined;
}

const DAY_MS = 86_400_000;
/** Day 0 for serials from 61 on: Excel counts a 1900-02-29 that never was (serial 60), as Lotus 1-2-3 did. */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const FAKE_LEAP_DAY = 60;
/** 9999-12-31, the last date Excel shows. */
const LAST_SERIAL = 2_958_465;

/** The calendar date of a serial day number of Excel's 1900 date system; undefined outside 1900-01-01…9999-12-31. */
export function serialToDate(serial: number): CalendarDate | undefined {
  if (!(serial >= 1 && serial < LAST_SERIAL + 1)) return undefined;
  const days = Math.floor(serial);
  if (days === FAKE_LEAP_DAY) return { year: 1900, month: 2, day: 29 };
  const d = new Date(EPOCH_MS + (days < FAKE_LEAP_DAY ? days + 1 : days) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * A number in a date format as the date it shows, written as the deadline parser reads it: `2023年12月31日`, or
 * `2023年12月` when the format shows no day (the day was filled in by Excel, not typed). Undefined when the
 * format is not a date format or the number is no date.
 */
export function dateText(serial: number, numFmt: string): string | undefined {
  const parts = dateFormatParts(numFmt);
  const date = parts && serialToDate(serial);
  if (!parts || !date) return undefined;
  return `${parts.year ? `${date.year}年` : ""}${parts.month ? `${date.month}月` : ""}${parts.day ? `${date.day}日` : ""}`;
}
