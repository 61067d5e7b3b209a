/**
 * Excel's built-in number formats by id (ECMA-376 Part 1 §18.8.30), which files use without declaring them; the
 * East Asian ids with their zh-CN codes. Ids the standard leaves to the locale's currency and accounting formats
 * (5–8, 23–26, 41–44) are always declared by the files that use them.
 */
const BUILT_IN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

export function builtInFormat(id: number): string | undefined {
  return BUILT_IN[id];
}

/** Quoted text, bracketed sections (colours, conditions, locales, `[h]`), escaped, padding and fill characters. */
const LITERALS = /"[^"]*"|\[[^\]]*\]|\\.|[_*]./g;

/**
 * Whether a format shows a date or a time, so that its numbers are serial day numbers: a letter y m d h s (or b, a
 * Buddhist year), either case, outside the literals. That is exceljs's rule, except that exceljs reads escaped,
 * padding and fill characters as format letters and knows only lower case (and M). What a date format shows, for
 * reading the cell as a date, is core/values/dates.ts's business.
 */
export function holdsSerialDays(code: string): boolean {
  return /[ymdhsb]/i.test(code.replace(LITERALS, ""));
}
