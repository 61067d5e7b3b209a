import { dateFormatParts, dateText, isDateFormat, serialToDate } from "../../../src/core/values/dates";

describe("isDateFormat", () => {
  it.each([
    "yyyy-mm-dd",
    "yyyy/m/d",
    "m/d/yy",
    "mm-dd-yy",
    "d-mmm-yy",
    "d-mmm",
    "mmm-yy",
    "m/d/yy h:mm",
    'm/d/yy "h":mm',
    "yyyy-mm-dd hh:mm:ss",
    'yyyy"年"m"月"d"日"',
    'yyyy"年"m"月"d"日";@',
    'yyyy"年"m"月"',
    'm"月"d"日"',
    "yyyy年m月d日",
    "[$-F800]dddd, mmmm dd, yyyy",
    "[$-F800]",
    "[$-804]yyyy-mm-dd",
    '[DBNum1][$-804]yyyy"年"m"月"d"日"',
    "[$-404]e/m/d",
    "YYYY-MM-DD",
    "yyyy\\-mm\\-dd",
    "mmmm",
  ])("%j is a date format", (code) => {
    expect(isDateFormat(code)).toBe(true);
  });

  it.each([
    "General",
    "0",
    "0.00",
    "0%",
    "0.00%",
    "#,##0",
    "#,##0.00_);[Red](#,##0.00)",
    "0.00E+00",
    "##0.0e-0",
    "# ?/?",
    "@",
    '"m"0',
    '0.00"万元"',
    '#,##0.00 "d"',
    "[$¥-804]#,##0.00",
    "[Red][<=100]0;0.0",
    "h:mm",
    "h:mm:ss",
    "h:mm AM/PM",
    "h:mm:ss AM/PM",
    "mm:ss",
    "mm:ss.0",
    "[h]:mm",
    "[h]:mm:ss",
    "[mm]:ss",
    'h"时"mm"分"',
    '上午/下午 h"时"mm"分"ss"秒"',
  ])("%j is not a date format", (code) => {
    expect(isDateFormat(code)).toBe(false);
  });

  it("tells which parts a format shows", () => {
    expect(dateFormatParts("yyyy-mm-dd")).toEqual({ year: true, month: true, day: true });
    expect(dateFormatParts('yyyy"年"m"月"')).toEqual({ year: true, month: true, day: false });
    expect(dateFormatParts("mmm-yy")).toEqual({ year: true, month: true, day: false });
    expect(dateFormatParts('m"月"d"日"')).toEqual({ year: false, month: true, day: true });
    expect(dateFormatParts('yyyy"年"')).toEqual({ year: true, month: false, day: false });
    expect(dateFormatParts("dddd")).toEqual({ year: true, month: true, day: true });
  });
});

describe("serialToDate", () => {
  it.each([
    [1, { year: 1900, month: 1, day: 1 }],
    [59, { year: 1900, month: 2, day: 28 }],
    [60, { year: 1900, month: 2, day: 29 }],
    [61, { year: 1900, month: 3, day: 1 }],
    [36526, { year: 2000, month: 1, day: 1 }],
    [45291, { year: 2023, month: 12, day: 31 }],
    [45291.75, { year: 2023, month: 12, day: 31 }],
    [45382, { year: 2024, month: 3, day: 31 }],
    [2958465, { year: 9999, month: 12, day: 31 }],
  ])("%d is %j", (serial, date) => {
    expect(serialToDate(serial)).toEqual(date);
  });

  it.each([0, 0.5, -1, 2958466, Number.NaN, Number.POSITIVE_INFINITY])("%d is no date", (serial) => {
    expect(serialToDate(serial)).toBeUndefined();
  });
});

describe("dateText", () => {
  it.each([
    [45291, "yyyy-mm-dd", "2023年12月31日"],
    [45291, "m/d/yy", "2023年12月31日"],
    [45291, "[$-F800]dddd, mmmm dd, yyyy", "2023年12月31日"],
    [45261, 'yyyy"年"m"月"', "2023年12月"],
    [45291, 'm"月"d"日"', "12月31日"],
    [45292, 'yyyy"年"', "2024年"],
  ])("%d in %j reads %j", (serial, code, text) => {
    expect(dateText(serial, code)).toBe(text);
  });

  it("leaves numbers in other formats, and numbers that are no date, to the caller", () => {
    expect(dateText(45291, "#,##0")).toBeUndefined();
    expect(dateText(0.5, "h:mm")).toBeUndefined();
    expect(dateText(-3, "yyyy-mm-dd")).toBeUndefined();
  });
});
