import { builtInProfiles } from "../../../src/core/profile";
import { sheetFromRows } from "../../helpers/grid";
import {
  SCORING_MERGES,
  checkRows,
  checkSelfEvaluation,
  checkSheets,
  ofRule,
  parentRowScoring,
  scoringRows,
  single,
  summary,
  zh,
} from "./support";

const hubei = builtInProfiles.hubei;

function checkScoring(changes: Parameters<typeof scoringRows>[0] = {}) {
  return checkSheets([sheetFromRows("指标体系及评分", scoringRows(changes), SCORING_MERGES)]);
}

describe("the fixtures are clean", () => {
  it("the scoring table with weights in its labels yields no finding", () => {
    expect(summary(checkScoring())).toEqual([]);
  });
  it("the scoring table with parent rows yields no finding", () => {
    expect(summary(checkRows(parentRowScoring()))).toEqual([]);
  });
});

describe("weight-sum", () => {
  it("fires at the label when a level-1 weight written as `部门决策 (12分)` differs from its children and leaves", () => {
    const result = checkScoring({ A3: "部门决策 (12分)" });
    const f = single(result, "weight-sum");
    expect(f).toMatchObject({ rule: "weight-sum", severity: "error", sheet: "指标体系及评分", cell: "A3", expected: 10, actual: 12 });
    expect(f.related).toEqual(["D3", "D4", "D5"]);
    expect(zh(f)).toContain("部门决策");
    expect(zh(f)).toContain("10");
    expect(zh(f)).toContain("12");
  });

  it.each([
    ["full-width brackets after a line break", "B3", "目标设定\n（7分）", 6, 7],
    ["full-width brackets", "B5", "决策过程（5分）", 4, 5],
    ["half-width brackets after a space", "B6", "预算执行 (9分)", 8, 9],
    ["half-width brackets, no space", "B7", "预算管理(13分)", 12, 13],
    ["full-width brackets after a line break, level 1", "A8", "部门绩效\n（75分）", 70, 75],
  ])("reads a weight in a label with %s", (_how, cell, text, expected, actual) => {
    const f = single(checkScoring({ [cell]: text }), "weight-sum");
    expect(f).toMatchObject({ cell, expected, actual, severity: "error" });
    expect(zh(f)).toContain(String(expected));
    expect(zh(f)).toContain(String(actual));
  });

  it("does not fire at a parent that differs from its direct children but matches its leaves", () => {
    // 目标设定 (5) + 决策过程 (4) = 9 ≠ 10, but the leaves add up to 10: only 目标设定 itself is wrong.
    const result = checkScoring({ B3: "目标设定（5分）" });
    expect(ofRule(result, "weight-sum").map((f) => f.cell)).toEqual(["B3"]);
  });

  it("does not fire at a parent that matches its direct children but not its leaves", () => {
    // 决策程序 weighs 5: 决策过程 (4分) is wrong; 部门决策 (10分) = 6 + 4 still agrees with its direct children.
    const result = checkScoring({ D5: 5 });
    expect(ofRule(result, "weight-sum").map((f) => f.cell)).toEqual(["B5"]);
    expect(single(result, "weight-sum")).toMatchObject({ expected: 5, actual: 4 });
  });

  it("does not fire for a difference inside the rounding band", () => {
    expect(ofRule(checkScoring({ D4: 2.01, D10: 100.01 }), "weight-sum")).toEqual([]);
  });

  it("fires at a parent's own 分值 cell", () => {
    const f = single(checkRows(parentRowScoring({ C3: 50 })), "weight-sum");
    expect(f).toMatchObject({ cell: "C3", expected: 60, actual: 50, severity: "error" });
    expect(zh(f)).toContain("产出指标");
  });

  it("is not reported for a clean self-evaluation", () => {
    expect(ofRule(checkSelfEvaluation(), "weight-sum")).toEqual([]);
  });
});

describe("weight-total", () => {
  it("fires at a declared total weight that differs from the leaf weights plus the 执行率 weight", () => {
    const result = checkSelfEvaluation({ G19: 90 });
    const f = single(result, "weight-total");
    expect(f).toMatchObject({ severity: "error", cell: "G19", expected: 100, actual: 90, fix: 100 });
    expect(f.related).toEqual(["G12", "G13", "G14", "G15", "G16", "G17", "G18"]);
    expect(zh(f)).toBe("合计分值应为 100（各项分值之和），表中为 90");
  });

  it("fires when the leaves and the declared total agree but are not 100", () => {
    const f = single(checkSelfEvaluation({ G12: 15, I12: "任务量增加", G19: 105 }), "weight-total");
    expect(f).toMatchObject({ severity: "error", cell: "G19", expected: 100, actual: 105 });
    expect(zh(f)).toContain("105");
    expect(zh(f)).toContain("100");
  });

  it("counts the funds block's 分值 (执行率) among the leaves", () => {
    // 执行率 20 and 成本 10: still 100 in all.
    const result = checkSelfEvaluation({ F5: 20, H5: 18, G15: 10, H15: 10, H19: 98 });
    expect(ofRule(result, "weight-total")).toEqual([]);
    const over = single(checkSelfEvaluation({ F5: 20, H5: 18, H19: 108 }), "weight-total");
    expect(over).toMatchObject({ cell: "G19", expected: 110, actual: 100 });
  });

  it("points at the 一级指标 header when the table declares no total weight", () => {
    const result = checkScoring({ A8: "部门绩效\n（60分）", B9: "履职效果（20分）", D9: 20, F9: 20, D10: null, F10: 90 });
    const f = single(result, "weight-total");
    expect(f).toMatchObject({ cell: "A2", expected: 100, actual: 90, severity: "error" });
    expect(summary(result)).toEqual(["weight-total@A2"]);
  });

  it.each([
    [100.005, []],
    [99.995, []],
    [100.01, ["rounding-drift@G19"]],
    [99.98, ["rounding-drift@G19"]],
    [100.02, ["rounding-drift@G19"]],
    [100.03, ["weight-total@G19"]],
    [99.97, ["weight-total@G19"]],
  ])("a declared total weight of %p against 100 gives %p", (declared, expected) => {
    const result = checkSelfEvaluation({ G19: declared });
    expect(summary(result)).toEqual(expected);
    for (const f of result.findings) {
      expect(f.severity).toBe(f.rule === "rounding-drift" ? "info" : "error");
      expect(f).toMatchObject({ expected: 100, actual: declared });
    }
  });

  it("rounding-drift on a total weight says both numbers", () => {
    const f = single(checkSelfEvaluation({ G19: 100.01 }), "rounding-drift");
    expect(zh(f)).toContain("100.01");
    expect(zh(f)).toContain("100");
    expect(f.fix).toBeUndefined();
  });
});

describe("weight-norm", () => {
  it("does not fire on the default norm 10 / 50 / 30 / 10", () => {
    expect(ofRule(checkSelfEvaluation(), "weight-norm")).toEqual([]);
  });

  it("fires per deviating group at its first 一级指标 cell (满意度 15)", () => {
    const result = checkSelfEvaluation({ G17: 10, H17: 10, G18: 15, H18: 15 });
    const findings = ofRule(result, "weight-norm");
    expect(findings.map((f) => [f.cell, f.expected, f.actual, f.severity])).toEqual([
      ["B16", 30, 25, "warning"],
      ["B18", 10, 15, "warning"],
    ]);
    expect(zh(findings[0])).toBe("效益指标分值合计 25，常规为 30");
    expect(zh(findings[1])).toBe("满意度指标分值合计 15，常规为 10");
  });

  it("reads the hubei norm (执行率 20, 产出 40): a default-weighted table deviates there", () => {
    const result = checkSelfEvaluation({}, hubei);
    const findings = ofRule(result, "weight-norm");
    expect(findings.map((f) => [f.cell, f.expected, f.actual])).toEqual([
      ["F5", 20, 10],
      ["B12", 40, 50],
    ]);
    expect(zh(findings[0])).toBe("预算执行率分值 10，常规为 20");
    expect(zh(findings[1])).toContain("产出指标");
  });

  it("a hubei-weighted table is clean under hubei and deviates under the default profile", () => {
    const hubeiTable = { F5: 20, H5: 18, G15: 10, H15: 10, H19: 98 };
    expect(summary(checkSelfEvaluation(hubeiTable, hubei))).toEqual([]);
    const findings = ofRule(checkSelfEvaluation(hubeiTable), "weight-norm");
    expect(findings.map((f) => [f.cell, f.expected, f.actual])).toEqual([
      ["F5", 10, 20],
      ["B12", 50, 40],
    ]);
  });

  it("is only for 自评表: a scoring table with other group weights gets none", () => {
    expect(ofRule(checkScoring(), "weight-norm")).toEqual([]);
  });
});
