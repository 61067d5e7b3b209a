import { comparableUnits, convert, normalizeUnit, unitFactor, unitsIgnored } from "../../../src/core/values/units";

describe("normalizeUnit", () => {
  it.each([
    ["百分比", "%"],
    ["％", "%"],
    ["个百分点", "%"],
    [" 万元 ", "万元"],
    ["个月", "月"],
    ["㎡", "平方米"],
    ["人次", "人次"],
    ["栋", "栋"],
  ])("%j → %j", (input, expected) => {
    expect(normalizeUnit(input)).toBe(expected);
  });
});

describe("unitFactor", () => {
  it("knows money and percent", () => {
    expect(unitFactor("万元")).toEqual({ base: "元", factor: 10000 });
    expect(unitFactor("百分比")).toEqual({ base: "%", factor: 1 });
    expect(unitFactor("栋")).toBeUndefined();
  });
});

describe("convert", () => {
  it("converts 万元 and 元 both ways", () => {
    expect(convert(949.82, "万元", "元")).toBe(9498200);
    expect(convert(9498200, "元", "万元")).toBe(949.82);
    expect(convert(1.5, "亿元", "万元")).toBe(15000);
  });

  it("treats % and 百分比 as the same unit", () => {
    expect(convert(95, "百分比", "%")).toBe(95);
  });

  it("keeps a value in the same unit", () => {
    expect(convert(35, "栋", "栋")).toBe(35);
  });

  it("does not convert unrelated units", () => {
    expect(convert(35, "栋", "人")).toBeUndefined();
    expect(convert(5, "万元", "%")).toBeUndefined();
  });
});

describe("comparableUnits", () => {
  it.each([
    ["万元", "元", true],
    ["%", "百分比", true],
    ["栋", "栋", true],
    [undefined, "人", true],
    ["户", undefined, true],
    ["栋", "人", false],
    ["人", "人次", false],
  ])("%j vs %j → %j", (a, b, expected) => {
    expect(comparableUnits(a, b)).toBe(expected);
  });
});

describe("unitsIgnored", () => {
  it("ignores 人 against 人次, either way round", () => {
    expect(unitsIgnored("人", "人次")).toBe(true);
    expect(unitsIgnored("人次", "人")).toBe(true);
  });

  it("ignores nothing else", () => {
    expect(unitsIgnored("个", "项")).toBe(false);
    expect(unitsIgnored("栋", "人")).toBe(false);
    expect(unitsIgnored("人", "人")).toBe(false);
    expect(unitsIgnored(undefined, "人次")).toBe(false);
  });
});
