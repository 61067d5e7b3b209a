import { parseNumberCell } from "../../../src/core/values/numbers";

describe("parseNumberCell", () => {
  it("reads a JS number as it is", () => {
    expect(parseNumberCell(12.99)).toEqual({ value: 12.99, fromText: false });
    expect(parseNumberCell(0)).toEqual({ value: 0, fromText: false });
  });

  it.each([
    ["10 ", { value: 10, fromText: true }],
    ["１０", { value: 10, fromText: true }],
    ["10分", { value: 10, fromText: true, unit: "分" }],
    ["10 分", { value: 10, fromText: true, unit: "分" }],
    ["949.82万元", { value: 949.82, fromText: true, unit: "万元" }],
    ["1,234.50", { value: 1234.5, fromText: true }],
    ["1，234.5", { value: 1234.5, fromText: true }],
    ["86.19%", { value: 0.8619, fromText: true, unit: "%" }],
    ["１００％", { value: 1, fromText: true, unit: "%" }],
    ["-5", { value: -5, fromText: true }],
    ["¥1,000.00", { value: 1000, fromText: true }],
  ])("reads text %j", (input, expected) => {
    expect(parseNumberCell(input)).toEqual(expected);
  });

  it.each(["", "  ", "-", "—", "——", "abc", "十分", "1,2", "10-20", "约10分"])("gives no number for %j", (input) => {
    expect(parseNumberCell(input)).toBeUndefined();
  });

  it("gives no number for null, booleans, errors and non-finite numbers", () => {
    expect(parseNumberCell(null)).toBeUndefined();
    expect(parseNumberCell(true)).toBeUndefined();
    expect(parseNumberCell({ error: "#REF!" })).toBeUndefined();
    expect(parseNumberCell(Number.NaN)).toBeUndefined();
  });
});
