import { builtInProfiles } from "../../../src/core/profile";
import type { Profile } from "../../../src/core/profile/schema";
import { SELF_EVALUATION_MERGES, sheetFromRows } from "../../helpers/grid";
import {
  SCORING_MERGES,
  SUMMARY_MERGES,
  checkRows,
  checkSelfEvaluation,
  checkSheets,
  ofRule,
  parentRowScoring,
  scoringRows,
  selfEvaluation,
  single,
  summary,
  summaryRows,
  zh,
} from "./support";

type Changes = Parameters<typeof scoringRows>[0];

function checkScoring(changes: Changes = {}) {
  return checkSheets([sheetFromRows("指标体系及评分", scoringRows(changes), SCORING_MERGES)]);
}

/** The scoring detail and its 结论一览表 on another sheet. */
function checkDetailAndSummary(detail: Changes, conclusion: Changes) {
  return checkSheets([
    sheetFromRows("指标体系及评分", scoringRows(detail), SCORING_MERGES),
    sheetFromRows("结论一览表", summaryRows(conclusion), SUMMARY_MERGES),
  ]);
}

/** A 结论一览表 alone whose rows add up to `total`, with the grade written as `grade`. */
function checkGrade(total: number, grade: string, profile?: Profile) {
  return checkRows(summaryRows({ C3: 10, C4: 20, C5: Math.round((total - 30) * 100) / 100, C6: total, B7: grade }), SUMMARY_MERGES, profile, "结论一览表");
}

describe("score-range", () => {
  it("fires at a score above its weight, and the total it inflates gets no score-total", () => {
    const result = checkSelfEvaluation({ H12: 12 });
    const f = single(result, "score-range");
    expect(f).toMatchObject({ severity: "error", cell: "H12", expected: 10, actual: 12 });
    expect(zh(f)).toBe("“涉及楼数”得分 12 超过分值 10");
    expect(summary(result)).toEqual(["score-range@H12"]);
  });

  it("one root cause: a total that agrees with the inflated leaf gets no score-total either", () => {
    expect(summary(checkSelfEvaluation({ H12: 11, H19: 100 }))).toEqual(["score-range@H12"]);
  });

  it("fires above the weight by 0.01 (no rounding band for a single score)", () => {
    expect(single(checkSelfEvaluation({ H12: 10.01, H19: 99.01 }), "score-range")).toMatchObject({ cell: "H12", actual: 10.01 });
  });

  it("does not fire at a score equal to its weight or at 0", () => {
    expect(ofRule(checkSelfEvaluation({ H12: 0, I12: "未实施", H19: 89 }), "score-range")).toEqual([]);
  });

  it("fires at a negative score", () => {
    const result = checkSelfEvaluation({ H12: -1, I12: "未实施", H19: 88 });
    const f = single(result, "score-range");
    expect(f).toMatchObject({ cell: "H12", variant: "negative", expected: 0, actual: -1 });
    expect(zh(f)).toBe("“涉及楼数”得分 -1 小于 0");
    expect(summary(result)).toEqual(["score-range@H12"]);
  });

  it("fires at a score that is not a number", () => {
    const result = checkSelfEvaluation({ H12: "十分" });
    const f = single(result, "score-range");
    expect(f).toMatchObject({ cell: "H12", variant: "notNumber", actual: "十分", severity: "error" });
    expect(zh(f)).toContain("十分");
    expect(summary(result)).toEqual(["score-range@H12"]);
  });

  it("fires at an empty score", () => {
    const f = single(checkSelfEvaluation({ H12: null }), "score-range");
    expect(f).toMatchObject({ cell: "H12", variant: "empty" });
    expect(zh(f)).toBe("“涉及楼数”未填得分（分值 10）");
  });

  it("fires in a scoring table, at the 自评得分 column", () => {
    const result = checkScoring({ F3: 5 });
    expect(single(result, "score-range")).toMatchObject({ sheet: "指标体系及评分", cell: "F3", expected: 4, actual: 5 });
    expect(summary(result)).toEqual(["score-range@F3"]);
  });
});

describe("score-total", () => {
  it("fires at a 总分 that differs from the leaf scores plus the 执行率 得分", () => {
    const f = single(checkSelfEvaluation({ H19: 96 }), "score-total");
    expect(f).toMatchObject({ severity: "error", cell: "H19", expected: 99, actual: 96, fix: 99 });
    expect(f.related).toEqual(["H5", "H12", "H13", "H14", "H15", "H16", "H17", "H18"]);
    expect(zh(f)).toBe("总分应为 99（各项得分之和，含预算执行率得分），表中为 96");
  });

  it("the source report's slip: 成本指标 scored 0 but 总分 still reads 99", () => {
    const f = single(checkSelfEvaluation({ H15: 0, I15: "成本超支" }), "score-total");
    expect(f).toMatchObject({ cell: "H19", expected: 79, actual: 99, fix: 79 });
  });

  it("fires at a scoring table's 合计 (no 执行率)", () => {
    const f = single(checkScoring({ F10: 96 }), "score-total");
    expect(f).toMatchObject({ cell: "F10", expected: 100, actual: 96, fix: 100 });
    expect(zh(f)).toBe("总分应为 100（各项得分之和），表中为 96");
  });

  it.each([
    [99.005, []],
    [98.995, []],
    [99.01, ["rounding-drift@H19"]],
    [98.98, ["rounding-drift@H19"]],
    [99.02, ["rounding-drift@H19"]],
    [99.03, ["score-total@H19"]],
    [98.97, ["score-total@H19"]],
  ])("a 总分 of %p against 99 gives %p", (declared, expected) => {
    const result = checkSelfEvaluation({ H19: declared });
    expect(summary(result)).toEqual(expected);
    for (const f of result.findings) expect(f).toMatchObject({ expected: 99, actual: declared });
  });

  it("rounding-drift is info, carries no fix, and names both numbers", () => {
    const f = single(checkSelfEvaluation({ H19: 99.01 }), "rounding-drift");
    expect(f).toMatchObject({ severity: "info", cell: "H19", variant: "total" });
    expect(f.fix).toBeUndefined();
    expect(zh(f)).toContain("99.01");
    expect(zh(f)).toContain("99");
  });

  it("a typed 99 against parts adding up to 98.99 is drift", () => {
    const f = single(checkSelfEvaluation({ H13: 9.99, I13: "个别抽检不合格" }), "rounding-drift");
    expect(f).toMatchObject({ cell: "H19", expected: 98.99, actual: 99 });
  });

  it("one root cause: a SUM that skips a row gets formula-range, not score-total", () => {
    const result = checkSelfEvaluation({ H19: { f: "SUM(H12:H17)+H5", v: 89 } });
    expect(summary(result)).toEqual(["formula-range@H19"]);
  });

  it("a correct SUM formula is clean", () => {
    expect(summary(checkSelfEvaluation({ H19: { f: "SUM(H12:H18)+H5", v: 99 } }))).toEqual([]);
  });
});

describe("score-subtotal", () => {
  it("fires at a parent row's own score that differs from its rows", () => {
    const result = checkRows(parentRowScoring({ D3: 50, D8: 88 }));
    const f = single(result, "score-subtotal");
    expect(f).toMatchObject({ severity: "error", cell: "D3", expected: 57, actual: 50, fix: 57 });
    expect(f.related).toEqual(["D4", "D5"]);
    expect(zh(f)).toBe("“产出指标”小计应为 57（各项得分之和），表中为 50");
  });

  it("each parent row is checked against its own rows only (two groups off, each with its members)", () => {
    const result = checkRows(parentRowScoring({ D3: 50, D6: 30, D8: 80 }));
    const found = result.findings.filter((f) => f.rule === "score-subtotal");
    expect(found.map((f) => [f.cell, f.expected, f.actual, f.related])).toEqual([["D3", 57, 50, ["D4", "D5"]], ["D6", 38, 30, ["D7"]]]);
  });

  it("a parent row's score off by 0.01 is rounding drift", () => {
    const f = single(checkRows(parentRowScoring({ D3: 57.01 })), "rounding-drift");
    expect(f).toMatchObject({ severity: "info", cell: "D3", expected: 57, actual: 57.01 });
    expect(zh(f)).toContain("产出指标");
  });

  it("fires at a 结论一览表 row against its scoring detail on another sheet (部门决策 8.83 against 7.84)", () => {
    const result = checkDetailAndSummary({ F3: 3.5, F5: 2.34, F10: 97.84 }, { C3: 8.83, C6: 98.83 });
    const f = single(result, "score-subtotal");
    expect(f).toMatchObject({ severity: "error", sheet: "结论一览表", cell: "C3", expected: 7.84, actual: 8.83, fix: 7.84 });
    expect(f.related).toEqual(["指标体系及评分!F3", "指标体系及评分!F4", "指标体系及评分!F5"]);
    expect(zh(f)).toBe("“部门决策”得分应为 7.84（“指标体系及评分”明细得分之和），表中为 8.83");
    expect(summary(result)).toEqual(["score-subtotal@C3"]);
  });

  it("a 结论一览表 row off its detail by 0.01 is rounding drift (7.83 against 7.84)", () => {
    const result = checkDetailAndSummary({ F3: 3.5, F5: 2.34, F10: 97.84 }, { C3: 7.83, C6: 97.83 });
    const f = single(result, "rounding-drift");
    expect(f).toMatchObject({ severity: "info", sheet: "结论一览表", cell: "C3", expected: 7.84, actual: 7.83 });
    expect(zh(f)).toContain("7.83");
    expect(zh(f)).toContain("7.84");
    expect(summary(result)).toEqual(["rounding-drift@C3"]);
  });

  it("a 结论一览表 that agrees with its detail is clean", () => {
    expect(summary(checkDetailAndSummary({ F3: 3.5, F5: 2.34, F10: 97.84 }, { C3: 7.84, C6: 97.84 }))).toEqual([]);
  });

  it("one root cause: a detail leaf above its weight gets score-range, the summary row nothing", () => {
    const result = checkDetailAndSummary({ F3: 5, F10: 101 }, {});
    expect(summary(result)).toEqual(["score-range@F3"]);
  });
});

describe("grade", () => {
  it.each(["良", "良好"])("85 written %s is accepted", (written) => {
    expect(summary(checkGrade(85, written))).toEqual([]);
  });

  it("85 written 优 fires at the grade cell with the band's grade", () => {
    const f = single(checkGrade(85, "优"), "grade");
    expect(f).toMatchObject({ severity: "error", cell: "B7", expected: "良", actual: "优", fix: "良" });
    expect(zh(f)).toBe("总分 85 对应等级“良”，表中为“优”");
  });

  it.each([
    [90, "优", "良"],
    [89.99, "良", "优"],
    [80, "良", "中"],
    [79.99, "中", "良"],
    [60, "中", "差"],
    [59.99, "差", "中"],
  ])("band edge: %p is %s (written %s fires)", (total, right, wrong) => {
    expect(ofRule(checkGrade(total, right), "grade")).toEqual([]);
    expect(single(checkGrade(total, wrong), "grade")).toMatchObject({ expected: right, actual: wrong });
  });

  it.each([
    [95, "优秀"],
    [70, "中等"],
    [70, "一般"],
    [50, "较差"],
  ])("%p written in the long form %s is accepted", (total, written) => {
    expect(ofRule(checkGrade(total, written), "grade")).toEqual([]);
  });

  it("a word that names no grade is not judged", () => {
    expect(ofRule(checkGrade(85, "A"), "grade")).toEqual([]);
  });

  it("hubei names its grades 优秀/良好/中等/差 and accepts the short forms", () => {
    const hubei = builtInProfiles.hubei;
    expect(ofRule(checkGrade(85, "良好", hubei), "grade")).toEqual([]);
    expect(ofRule(checkGrade(85, "良", hubei), "grade")).toEqual([]);
    const f = single(checkGrade(85, "优", hubei), "grade");
    expect(f).toMatchObject({ expected: "良好", actual: "优", fix: "良好" });
    expect(zh(f)).toContain("良好");
  });

  it("reads a 绩效评定级别 row under a 自评表's 总分", () => {
    const rows = selfEvaluation({ A20: "绩效评定级别", B20: "良" });
    const result = checkSheets([sheetFromRows("自评表", rows, SELF_EVALUATION_MERGES)]);
    expect(single(result, "grade")).toMatchObject({ cell: "B20", expected: "优", actual: "良" });
  });
});

describe("deduction-reason", () => {
  it("fires at the empty reason cell of a score below its weight", () => {
    const result = checkSelfEvaluation({ H13: 8, H19: 97 });
    const f = single(result, "deduction-reason");
    expect(f).toMatchObject({ severity: "warning", cell: "I13" });
    expect(zh(f)).toBe("“验收合格率”得分 8 低于分值 10，扣分原因为空");
    expect(summary(result)).toEqual(["deduction-reason@I13"]);
  });

  it("does not fire when the reason is written", () => {
    expect(summary(checkSelfEvaluation({ H13: 8, I13: "抽检合格率不足", H19: 97 }))).toEqual([]);
  });

  it("does not fire for a deduction inside the equality band", () => {
    expect(ofRule(checkSelfEvaluation({ H13: 9.996, H19: 98.996 }), "deduction-reason")).toEqual([]);
  });

  it("fires in a scoring table's 扣分原因 column", () => {
    const rows = scoringRows({ G2: "扣分原因", G3: null, G4: "—", F3: 3, F10: 99 });
    const result = checkRows(rows, ["A1:G1", ...SCORING_MERGES.slice(1)]);
    expect(single(result, "deduction-reason")).toMatchObject({ cell: "G3" });
  });

  it("one root cause: a missed target with an empty reason gets deviation-reason, not also deduction-reason", () => {
    const result = checkSelfEvaluation({ D12: "发放人次", E12: "480", F12: "270", H12: 5.63, H19: 94.63 });
    const f = single(result, "deviation-reason");
    expect(f).toMatchObject({ cell: "I12", severity: "warning" });
    expect(ofRule(result, "deduction-reason")).toEqual([]);
  });
});
