import { parseIndicatorValue } from "../../../src/core/values/indicator-value";
import { checkSelfEvaluation, ofRule } from "./support";

// The standard 自评表 has its 时效指标 on row 14: target E14, actual F14, score H14, reason I14; its title says 2023年度.
const timeliness = (target: string, actual: string, title = "（2023年度）") =>
  checkSelfEvaluation({ A2: title, E14: target, F14: actual });

describe("deadlines across the budget year", () => {
  it("reads 次年 / 明年 as the year after the budget year", () => {
    expect(parseIndicatorValue("次年1月")).toMatchObject({ kind: "deadline", month: 1, nextYear: true });
    expect(parseIndicatorValue("明年3月底前")).toMatchObject({ kind: "deadline", month: 3, operator: "<=", nextYear: true });
  });

  it.each([
    ["12月底前", "次年1月", true],
    ["12月底前", "2024年1月", true],
    ["≤12月", "2023年11月", false],
    ["2023年12月31日前完成", "次年2月", true],
    ["次年3月底前", "次年2月", false],
    ["≤11月", "10月", false],
  ])("target %s, actual %s: missed %s", (target, actual, missed) => {
    const result = timeliness(target, actual);
    expect(ofRule(result, "target-missed-full-score").map((f) => f.cell)).toEqual(missed ? ["H14"] : []);
    expect(ofRule(result, "deviation-reason").map((f) => f.cell)).toEqual(missed ? ["I14"] : []);
  });

  it("without a budget year, compares an explicit year only with another explicit year", () => {
    expect(ofRule(timeliness("12月底前", "2024年1月", "绩效自评"), "target-missed-full-score")).toEqual([]);
    expect(ofRule(timeliness("12月底前", "次年1月", "绩效自评"), "target-missed-full-score").map((f) => f.cell)).toEqual(["H14"]);
  });
});

describe("deadlines typed as spreadsheet dates", () => {
  // Serial numbers of Excel's 1900 date system: 2023-10-31 and 2024-03-31.
  const OCTOBER_31 = 45230;
  const MARCH_31_NEXT_YEAR = 45382;

  it.each([
    [OCTOBER_31, "yyyy-mm-dd", false],
    [MARCH_31_NEXT_YEAR, "yyyy-mm-dd", true],
    [MARCH_31_NEXT_YEAR, 'yyyy"年"m"月"d"日"', true],
    [OCTOBER_31, "m/d/yy", false],
  ])("an actual date %d in %j against 2023年12月31日前: missed %s", (serial, fmt, missed) => {
    const result = checkSelfEvaluation({ E14: "2023年12月31日前", F14: { v: serial, fmt } });
    expect(ofRule(result, "target-missed-full-score").map((f) => f.cell)).toEqual(missed ? ["H14"] : []);
  });

  it("reads a target typed as a date as that date", () => {
    const result = checkSelfEvaluation({ E14: { v: OCTOBER_31, fmt: "yyyy-mm-dd" }, F14: "2023年12月" });
    expect(ofRule(result, "target-missed-full-score").map((f) => f.cell)).toEqual(["H14"]);
  });

  it.each([
    ["2023年", "2023年11月", false],
    ["2023年", "次年2月", true],
    ["2023年前", "2024年1月", true],
  ])("a year alone: target %s, actual %s: missed %s", (target, actual, missed) => {
    expect(ofRule(timeliness(target, actual), "target-missed-full-score").map((f) => f.cell)).toEqual(missed ? ["H14"] : []);
  });
});
