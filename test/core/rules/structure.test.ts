import { sheetFromRows } from "../../helpers/grid";
import { TARGET_MERGES, checkRows, checkSelfEvaluation, checkSheets, checkTarget, ofRule, single, summary, targetRows, zh, type Rows } from "./support";

/** A 绩效目标完成情况对比表 (指标内容 | 计划内容 | 实际完成情况), rows 4–6. */
function comparisonRows(actual6: string): Rows {
  return [
    ["部门整体支出绩效目标完成情况对比表"],
    ["部门名称：温泉镇人民政府", null, "年度：2021年度"],
    ["指标内容", "计划内容", "实际完成情况"],
    ["部门（单位）绩效目标", "推进镇域经济发展、城市治理各项重点工作", "镇域经济持续健康发展，城市治理水平提升"],
    ["居民满意度", "居民满意度达90%以上", "居民满意度为93%"],
    ["经济效益", "完成经济总收入16.32亿元，增幅7%", actual6],
    ["其他说明的问题", "无", "无"],
  ];
}

describe("duplicate-indicator", () => {
  it("fires at the later 三级指标 cell of a repeated indicator", () => {
    const result = checkSelfEvaluation({ D13: "涉及楼数" });
    const f = single(result, "duplicate-indicator");
    expect(f).toMatchObject({ severity: "warning", cell: "D13" });
    expect(zh(f)).toBe("三级指标“涉及楼数”（描述相同）在本表第 12 行已出现");
    expect(summary(result)).toEqual(["duplicate-indicator@D13"]);
  });

  it("compares name and description in a 绩效目标表", () => {
    const same = checkTarget({ C16: "社会认可率", D16: "得到群众认可的比率" });
    expect(single(same, "duplicate-indicator")).toMatchObject({ cell: "C16" });
    expect(zh(single(same, "duplicate-indicator"))).toContain("第 15 行");
    expect(ofRule(checkTarget({ C16: "社会认可率" }), "duplicate-indicator")).toEqual([]);
  });

  it("does not compare across tables", () => {
    const result = checkSheets([
      sheetFromRows("1.财政所经费", targetRows(), TARGET_MERGES),
      sheetFromRows("2.村级转移支付", targetRows({ A1: "村级转移支付绩效目标表" }), TARGET_MERGES),
    ]);
    expect(ofRule(result, "duplicate-indicator")).toEqual([]);
  });
});

describe("missing-category", () => {
  it("a complete table is clean; 进度指标 counts as 时效, 效果指标 as 效益", () => {
    expect(ofRule(checkTarget(), "missing-category")).toEqual([]);
    expect(summary(checkTarget({ B13: "进度指标", A15: "效果指标" }))).toEqual([]);
  });

  it("fires at the 一级指标 header when 产出指标 lacks 时效指标", () => {
    const f = single(checkTarget({ B13: "其他指标" }), "missing-category");
    expect(f).toMatchObject({ severity: "warning", sheet: "1.财政所经费", cell: "A10", variant: "timeliness" });
    expect(zh(f)).toBe("产出指标缺时效指标");
  });

  it("fires when 成本指标 is missing", () => {
    expect(zh(single(checkTarget({ B14: "数量指标" }), "missing-category"))).toBe("产出指标缺成本指标");
  });

  it("fires when the table has no 满意度指标", () => {
    const f = single(checkTarget({ A16: null, B16: null, C16: null, D16: null, E16: null, F16: null }), "missing-category");
    expect(f).toMatchObject({ cell: "A10", variant: "satisfaction" });
    expect(zh(f)).toBe("缺满意度指标");
  });

  it("fires when the table has no 效益指标 (效果指标)", () => {
    const f = single(checkTarget({ A15: "满意度指标", B15: "服务对象满意度指标", C15: "使用者满意度" }), "missing-category");
    expect(f).toMatchObject({ cell: "A10", variant: "benefit" });
    expect(zh(f)).toBe("缺效益指标（效果指标）");
  });

  it("a 自评表 is checked too", () => {
    expect(single(checkSelfEvaluation({ C13: "其他指标" }), "missing-category")).toMatchObject({ cell: "B11", variant: "quality" });
  });

  it("each missing category is its own finding, all at the same header cell", () => {
    const found = ofRule(checkSelfEvaluation({ C13: "其他指标", C14: "其他指标" }), "missing-category");
    expect(found.map((f) => [f.cell, f.variant])).toEqual([["B11", "quality"], ["B11", "timeliness"]]);
  });
});

describe("copied-actual", () => {
  it("fires at a 自评表's 实际完成情况 that copies 预期目标 verbatim", () => {
    const result = checkSelfEvaluation({ F10: "完成35栋楼的上下水改造" });
    const f = single(result, "copied-actual");
    expect(f).toMatchObject({ severity: "info", cell: "F10", related: ["B10"] });
    expect(zh(f)).toBe("年度总体目标“实际完成情况”逐字照抄“预期目标”（12 字），不是完成情况");
    expect(summary(result)).toEqual(["copied-actual@F10"]);
  });

  it("ignores white space around and inside the copy", () => {
    expect(ofRule(checkSelfEvaluation({ F10: " 完成35栋楼的 上下水改造\n" }), "copied-actual")).toHaveLength(1);
  });

  it("9 characters copied fires; 8 do not", () => {
    expect(ofRule(checkSelfEvaluation({ B10: "完成35栋楼的改造", F10: "完成35栋楼的改造" }), "copied-actual")).toHaveLength(1);
    expect(ofRule(checkSelfEvaluation({ B10: "完成35栋楼改造", F10: "完成35栋楼改造" }), "copied-actual")).toEqual([]);
  });

  it("fires in a comparison table row, not for a short copied 无", () => {
    const result = checkRows(comparisonRows("完成经济总收入16.32亿元，增幅7%"), ["A1:C1"], undefined, "目标完成情况对比表");
    const f = single(result, "copied-actual");
    expect(f).toMatchObject({ cell: "C6", variant: "comparison", related: ["B6"] });
    expect(zh(f)).toContain("计划内容");
    expect(summary(checkRows(comparisonRows("完成经济总收入16.5亿元，增幅8%"), ["A1:C1"]))).toEqual([]);
  });
});

describe("timeliness", () => {
  it("fires when a 时效指标 value contradicts its own description", () => {
    const result = checkTarget({ E13: "2022年1月31日前完成" });
    const f = single(result, "timeliness");
    expect(f).toMatchObject({ severity: "warning", cell: "E13", variant: "description", actual: "2022年1月31日前完成" });
    expect(zh(f)).toBe("时效指标值“2022年1月31日前完成”与指标描述“2022年12月31日前完成”日期不一致");
  });

  it("fires when the value lies outside the budget year of the title `（2023年度）`", () => {
    const result = checkTarget({ A1: "财政所经费绩效目标表（2023年度）" });
    const f = single(result, "timeliness");
    expect(f).toMatchObject({ cell: "E13", variant: "year", expected: 2023, actual: "2022年12月31日前完成" });
    expect(zh(f)).toBe("时效指标值“2022年12月31日前完成”不在预算年度 2023 年内");
    expect(ofRule(checkTarget({ A1: "财政所经费绩效目标表（2022年度）" }), "timeliness")).toEqual([]);
  });

  it("a year in the project name does not count", () => {
    expect(ofRule(checkTarget({ E3: "2021年乡镇财政体制经费" }), "timeliness")).toEqual([]);
    expect(ofRule(checkTarget({ A1: "2021年乡镇财政体制经费绩效目标表", E3: "2021年乡镇财政体制经费" }), "timeliness")).toEqual([]);
  });

  it("a 自评表 reads its year from `（2023年度）` under the title", () => {
    const result = checkSelfEvaluation({ E14: "2022年12月31日前完成", F14: "2022年10月" });
    expect(single(result, "timeliness")).toMatchObject({ cell: "E14", variant: "year", expected: 2023 });
    expect(ofRule(checkSelfEvaluation({ E14: "2023年12月31日前完成", F14: "2023年10月" }), "timeliness")).toEqual([]);
  });

  it("only reads 时效指标 rows", () => {
    expect(ofRule(checkTarget({ A1: "财政所经费绩效目标表（2023年度）", B13: "质量指标", B12: "时效指标", E12: "≥95%" }), "timeliness")).toEqual([]);
  });
});
