import { builtInProfiles } from "../../../src/core/profile";
import { checkSelfEvaluation, checkTarget, ofRule, single, summary, zh } from "./support";

/** Row 12 of the standard 自评表 (数量指标, weight 10) with another target and actual. */
const row12 = (target: string, actual: string, more: Record<string, string | number | null> = {}) => ({ E12: target, F12: actual, ...more });

describe("indicator-value", () => {
  it("fires at an empty 年度指标值", () => {
    const result = checkSelfEvaluation({ E12: null });
    const f = single(result, "indicator-value");
    expect(f).toMatchObject({ severity: "error", cell: "E12", variant: "target" });
    expect(zh(f)).toBe("“涉及楼数”的指标值为空");
    expect(summary(result)).toEqual(["indicator-value@E12"]);
  });

  it("fires at an empty 实际完成值", () => {
    const result = checkSelfEvaluation({ F13: null });
    const f = single(result, "indicator-value");
    expect(f).toMatchObject({ severity: "error", cell: "F13", variant: "actual" });
    expect(zh(f)).toBe("“验收合格率”的实际完成值为空");
    expect(summary(result)).toEqual(["indicator-value@F13"]);
  });

  it("fires at an empty 指标值 of a 绩效目标表, which has no actual column", () => {
    const result = checkTarget({ E12: null });
    expect(summary(result)).toEqual(["indicator-value@E12"]);
  });

  it("a qualitative target (not a placeholder) is a value", () => {
    expect(ofRule(checkSelfEvaluation(), "indicator-value")).toEqual([]);
  });
});

describe("target-missed-full-score", () => {
  it("480 planned, 270 done, full marks: expected actual ÷ target × weight = 5.63", () => {
    const result = checkSelfEvaluation(row12("480", "270", { D12: "发放人次", I12: "部分对象未申领" }));
    const f = single(result, "target-missed-full-score");
    expect(f).toMatchObject({ severity: "warning", cell: "H12", variant: "quantity", expected: 5.63, actual: 10, fix: 5.63 });
    expect(f.related).toEqual(["E12", "F12"]);
    expect(zh(f)).toBe("“发放人次”指标值 480，实际 270，未达成却得满分 10；按完成比例应得 5.63");
    expect(summary(result)).toEqual(["target-missed-full-score@H12"]);
  });

  it("a count with a unit (35栋, 30栋 done)", () => {
    const f = single(checkSelfEvaluation(row12("35栋", "30栋", { I12: "5栋未完工" })), "target-missed-full-score");
    expect(f).toMatchObject({ cell: "H12", expected: 8.57 });
  });

  it("`≥95%` with 90%: missed, expected 9.47", () => {
    const f = single(checkSelfEvaluation({ E13: "≥95%", F13: "90%", I13: "抽检未达标" }), "target-missed-full-score");
    expect(f).toMatchObject({ cell: "H13", expected: 9.47, actual: 10 });
    expect(zh(f)).toContain("≥95%");
    expect(zh(f)).toContain("90%");
    expect(zh(f)).toContain("9.47");
  });

  it("`≥95百分比` compares with 90% (百分比 = %)", () => {
    expect(single(checkSelfEvaluation({ E13: "≥95百分比", F13: "90%", I13: "抽检未达标" }), "target-missed-full-score")).toMatchObject({ expected: 9.47 });
  });

  describe("`≤` targets are met by smaller values", () => {
    it("投诉率 ≤5% with 3% is met", () => {
      expect(summary(checkSelfEvaluation({ D18: "投诉率", E18: "≤5%", F18: "3%" }))).toEqual([]);
    });

    it("投诉率 ≤5% with 8% is missed: expected target ÷ actual × weight = 6.25", () => {
      const f = single(checkSelfEvaluation({ D18: "投诉率", E18: "≤5%", F18: "8%", I18: "投诉增加" }), "target-missed-full-score");
      expect(f).toMatchObject({ cell: "H18", expected: 6.25, actual: 10, fix: 6.25 });
      expect(zh(f)).toContain("6.25");
    });

    it.each([["0"], ["无投诉"], ["0起"]])("投诉率 ≤5%% with %s is met", (actual) => {
      expect(summary(checkSelfEvaluation({ D18: "投诉率", E18: "≤5%", F18: actual }))).toEqual([]);
    });

    it("a bare actual takes the target's unit: ≤250户 against 200 is met", () => {
      expect(summary(checkSelfEvaluation(row12("≤250户", "200")))).toEqual([]);
    });

    it("a cost without operator reads as ≤: 30.38万元 against 28万元 is met, against 32万元 missed", () => {
      expect(summary(checkSelfEvaluation({ E15: "30.38万元", F15: "28万元" }))).toEqual([]);
      const f = single(checkSelfEvaluation({ E15: "30.38万元", F15: "32万元", I15: "材料涨价" }), "target-missed-full-score");
      expect(f).toMatchObject({ cell: "H15", expected: 18.99 });
    });
  });

  describe("万元 and 元 convert", () => {
    it("target `≤100万元`, actual `900000元`: met", () => {
      expect(summary(checkSelfEvaluation({ F15: "900000元" }))).toEqual([]);
    });

    it("target `≤100万元`, actual `1200000元`: missed, expected 16.67", () => {
      const f = single(checkSelfEvaluation({ F15: "1200000元", I15: "追加工程量" }), "target-missed-full-score");
      expect(f).toMatchObject({ cell: "H15", expected: 16.67, actual: 20 });
    });
  });

  describe("time targets are met by an earlier month or date", () => {
    it.each([
      ["≤12月", "10月"],
      ["12月底前", "11月"],
      ["12月底前", "12月"],
      ["2023年12月31日前完成", "2023年11月30日"],
      ["2023年12月31日前完成", "2023年12月31日"],
    ])("%s with %s is on time", (target, actual) => {
      expect(summary(checkSelfEvaluation({ E14: target, F14: actual }))).toEqual([]);
    });

    it.each([
      ["≤11月", "12月"],
      ["11月", "12月"],
      ["10月底前", "11月"],
      ["2023年12月31日前完成", "2024年1月15日"],
    ])("%s with %s is late", (target, actual) => {
      const f = single(checkSelfEvaluation({ E14: target, F14: actual, I14: "工期延误" }), "target-missed-full-score");
      expect(f).toMatchObject({ cell: "H14", variant: "deadline", actual: 10 });
      expect(f.expected).toBeUndefined();
      expect(zh(f)).toBe(`“完成时间”要求 ${target}，实际 ${actual}，未按时完成却得满分 10`);
    });
  });

  it("a bare percentage target is ambiguous: `95%` with 90% gets no finding", () => {
    expect(summary(checkSelfEvaluation({ E13: "95%", F13: "90%" }))).toEqual([]);
  });

  it("人 and 人次 are not compared: no finding either way", () => {
    expect(summary(checkSelfEvaluation(row12("480人", "270人次")))).toEqual([]);
    expect(summary(checkSelfEvaluation(row12("480人次", "500人")))).toEqual([]);
  });

  it("does not fire when the score is already below the weight", () => {
    expect(ofRule(checkSelfEvaluation(row12("480", "270", { H12: 5.63, I12: "部分对象未申领", H19: 94.63 })), "target-missed-full-score")).toEqual([]);
  });
});

describe("deviation-reason", () => {
  it("fires at the empty reason cell of a missed target", () => {
    const result = checkSelfEvaluation(row12("35栋", "30栋", { H12: 8.57, H19: 97.57 }));
    const f = single(result, "deviation-reason");
    expect(f).toMatchObject({ severity: "warning", cell: "I12" });
    expect(zh(f)).toBe("“涉及楼数”未达成（指标值 35栋，实际 30栋），偏差原因为空");
    // The same empty cell would carry deduction-reason: one root cause, one finding.
    expect(summary(result)).toEqual(["deviation-reason@I12"]);
  });

  it("fires next to target-missed-full-score when the missed target also got full marks", () => {
    expect(summary(checkSelfEvaluation(row12("35栋", "30栋")))).toEqual(["target-missed-full-score@H12", "deviation-reason@I12"]);
  });

  it("does not fire when the target is met or the reason is written", () => {
    expect(ofRule(checkSelfEvaluation(row12("35栋", "36栋")), "deviation-reason")).toEqual([]);
    expect(ofRule(checkSelfEvaluation(row12("35栋", "30栋", { H12: 8.57, H19: 97.57, I12: "5栋未完工" })), "deviation-reason")).toEqual([]);
  });

  it("fires for a qualitative 未达成年度指标", () => {
    const result = checkSelfEvaluation({ F16: "未达成年度指标", H16: 6, H19: 90 });
    expect(single(result, "deviation-reason")).toMatchObject({ cell: "I16" });
    expect(ofRule(result, "deduction-reason")).toEqual([]);
  });

  it("a bare percentage target is ambiguous: `95%` with 90% and an empty reason gets nothing", () => {
    expect(summary(checkSelfEvaluation({ E13: "95%", F13: "90%", H13: 9.47, H19: 98.47 }))).toEqual(["deduction-reason@I13"]);
  });
});

describe("overshoot-reason", () => {
  it("fires at an empty reason when the actual is 1.3 × a bare-count target", () => {
    const result = checkSelfEvaluation(row12("100户", "130户"));
    const f = single(result, "overshoot-reason");
    expect(f).toMatchObject({ severity: "warning", cell: "I12" });
    expect(zh(f)).toBe("“涉及楼数”目标 100户，实际 130户，超过目标 30%（≥30%），原因栏为空");
    expect(summary(result)).toEqual(["overshoot-reason@I12"]);
  });

  it("1.29 × the target is within the margin", () => {
    expect(summary(checkSelfEvaluation(row12("100户", "129户")))).toEqual([]);
  });

  it("fires for a `≥` target (≥10年 with 13年)", () => {
    expect(single(checkSelfEvaluation({ E17: "≥10年", F17: "13年" }), "overshoot-reason")).toMatchObject({ cell: "I17" });
  });

  it("replaces deduction-reason on the same cell", () => {
    const result = checkSelfEvaluation(row12("100户", "130户", { H12: 9, H19: 98 }));
    expect(summary(result)).toEqual(["overshoot-reason@I12"]);
  });

  it("does not fire when the reason is written", () => {
    expect(summary(checkSelfEvaluation(row12("100户", "150户", { I12: "追加改造任务" })))).toEqual([]);
  });

  it("never fires for a `≤` target or a bare percentage", () => {
    expect(summary(checkSelfEvaluation({ F15: "30万元" }))).toEqual([]);
    expect(ofRule(checkSelfEvaluation({ E13: "75%", F13: "100%" }), "overshoot-reason")).toEqual([]);
  });
});

describe("qualitative-band", () => {
  it("优 scored 75% of the weight fires at the score cell", () => {
    const result = checkSelfEvaluation({ F16: "优", H16: 11.25, I16: "群众反映一般", H19: 95.25 });
    const f = single(result, "qualitative-band");
    expect(f).toMatchObject({ severity: "warning", cell: "H16", variant: "excellent", actual: 11.25 });
    expect(zh(f)).toBe("实际完成“优”，得分 11.25/15（75%）不在 80%–100% 区间");
    expect(summary(result)).toEqual(["qualitative-band@H16"]);
  });

  it("优 scored 80% of the weight is inside the band", () => {
    expect(summary(checkSelfEvaluation({ F16: "优", H16: 12, I16: "群众反映较好", H19: 96 }))).toEqual([]);
  });

  it("部分达成年度指标 scored 100% fires (band 60–<80%)", () => {
    const f = single(checkSelfEvaluation({ F16: "部分达成年度指标" }), "qualitative-band");
    expect(f).toMatchObject({ cell: "H16", variant: "good", actual: 15 });
    expect(zh(f)).toBe("实际完成“部分达成年度指标”，得分 15/15（100%）不在 60%–<80% 区间");
  });

  it("部分达成年度指标 scored 70% is inside the band", () => {
    expect(ofRule(checkSelfEvaluation({ F16: "部分达成年度指标", H16: 10.5, I16: "部分完成", H19: 94.5 }), "qualitative-band")).toEqual([]);
  });

  it.each([
    ["达成年度指标", 12, false],
    ["达成年度指标", 11, true],
    ["良", 9, false],
    ["良", 12, true],
    ["差", 8.7, false],
    ["差", 9, true],
    ["未达成年度指标", 9, true],
  ])("%s scored %p of 15: fires = %p", (actual, score, fires) => {
    const result = checkSelfEvaluation({ F16: actual, H16: score, I16: "说明", H19: 84 + score });
    expect(ofRule(result, "qualitative-band").map((f) => f.cell)).toEqual(fires ? ["H16"] : []);
  });

  it("a profile's bands apply: 良 at 55% fires by default, not under hubei (50%)", () => {
    const changes = { F16: "良", H16: 8.25, I16: "说明", H19: 92.25 };
    expect(ofRule(checkSelfEvaluation(changes), "qualitative-band").map((f) => f.cell)).toEqual(["H16"]);
    expect(ofRule(checkSelfEvaluation(changes, builtInProfiles.hubei), "qualitative-band")).toEqual([]);
  });

  it("a score above the weight gets score-range only", () => {
    expect(summary(checkSelfEvaluation({ F16: "优", H16: 16, H19: 100 }))).toEqual(["score-range@H16"]);
  });
});

describe("unit-mismatch", () => {
  it("栋 against 人 fires at the actual cell", () => {
    const result = checkSelfEvaluation(row12("35栋", "35人"));
    const f = single(result, "unit-mismatch");
    expect(f).toMatchObject({ severity: "warning", cell: "F12" });
    expect(zh(f)).toBe("指标值“35栋”与实际值“35人”单位不可比");
    expect(summary(result)).toEqual(["unit-mismatch@F12"]);
  });

  it.each([
    ["≤100万元", "900000元"],
    ["≥95百分比", "96%"],
    ["480人", "270人次"],
  ])("%s against %s is comparable or not compared: no finding", (target, actual) => {
    expect(ofRule(checkSelfEvaluation(row12(target, actual)), "unit-mismatch")).toEqual([]);
  });
});

describe("vague-target", () => {
  it.each([
    ["优良中差", "优"],
    ["是否", "是"],
    ["符合相关质量标准", "符合"],
    ["预算范围内", "是"],
  ])("the placeholder %s fires at the target cell", (target, actual) => {
    const result = checkSelfEvaluation({ E13: target, F13: actual });
    const f = single(result, "vague-target");
    expect(f).toMatchObject({ severity: "info", cell: "E13", actual: target });
    expect(zh(f)).toBe(`指标值“${target}”是占位词，不是可考核的指标值`);
    expect(summary(result)).toEqual(["vague-target@E13"]);
  });

  it.each([["符合"], ["显著改善"], ["合格"], ["达成年度指标"]])("%s alone is a legitimate qualitative target", (target) => {
    expect(ofRule(checkSelfEvaluation({ E13: target, F13: target }), "vague-target")).toEqual([]);
  });

  it("fires in a 绩效目标表", () => {
    expect(summary(checkTarget({ E12: "符合相关质量标准" }))).toEqual(["vague-target@E12"]);
  });
});
