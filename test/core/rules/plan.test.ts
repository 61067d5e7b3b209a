import type { CheckResult } from "../../../src/core/engine";
import { flagNote } from "../../../src/core/messages";
import { NOTE_PREFIX, SEVERITY_FILL } from "../../../src/core/plan";
import { parseAddress } from "../../../src/core/snapshot";
import { SELF_EVALUATION_MERGES, sheetFromRows } from "../../helpers/grid";
import {
  SCORING_MERGES,
  SUMMARY_MERGES,
  checkSelfEvaluation,
  checkSheets,
  scoringRows,
  selfEvaluation,
  summaryRows,
} from "./support";

function inside(range: string, address: string): boolean {
  const [a, b] = range.split(":").map(parseAddress);
  const p = parseAddress(address);
  if (!a || !b || !p) return false;
  return p.row >= a.row && p.row <= b.row && p.col >= a.col && p.col <= b.col;
}

/** Every planned write lies in a detected table of its sheet. */
function expectWritesInsideTables(result: CheckResult): void {
  for (const w of result.plan.values) {
    const tables = result.tables.filter((t) => t.sheet === w.sheet);
    expect({ write: `${w.sheet}!${w.cell}`, inside: tables.some((t) => inside(t.range, w.cell)) }).toEqual({ write: `${w.sheet}!${w.cell}`, inside: true });
  }
}

describe("write plan: values", () => {
  it("sets the corrected total where the total is a wrong constant", () => {
    const result = checkSelfEvaluation({ H19: 96 });
    expect(result.plan.values).toEqual([{
      sheet: "自评表", cell: "H19", value: 99, previous: 96, reason: "score-total",
      variant: "withExecution", params: { expected: 99, actual: 96 }, table: { range: "A1:I19", kind: "self-evaluation", name: "老旧小区改造" },
    }]);
  });

  it("sets every computed fix of a writable rule", () => {
    const result = checkSelfEvaluation({ G19: 90, C6: 95, G5: { v: 0.95, fmt: "0.00%" }, H19: 96 });
    const byCell = Object.fromEntries(result.plan.values.map((w) => [w.cell, [w.value, w.reason]]));
    expect(byCell).toEqual({
      G19: [100, "weight-total"],
      C5: [95, "fund-sum"],
      G5: [0.9, "exec-rate"],
      H19: [99, "score-total"],
    });
  });

  it("fills empty totals: 总分, 合计分值, 执行率 and its 得分", () => {
    const result = checkSelfEvaluation({ H19: null, G19: null, G5: null, H5: null });
    expect(result.findings).toEqual([]);
    const byCell = Object.fromEntries(result.plan.values.map((w) => [w.cell, [w.value, w.previous, w.reason]]));
    expect(byCell).toEqual({
      H19: [99, null, "empty-total"],
      G19: [100, null, "empty-total"],
      G5: [0.9, null, "empty-total"],
      H5: [9, null, "empty-total"],
    });
  });

  it("a blank 执行率 得分 is filled, and the total is checked with the value filled in", () => {
    // 总分 99 is right once H5 holds its 9: no score-total, no 90 written over it.
    const result = checkSelfEvaluation({ H5: null });
    expect(result.findings).toEqual([]);
    expect(result.plan.values).toMatchObject([{ sheet: "自评表", cell: "H5", value: 9, previous: null, reason: "empty-total", variant: "executionScore" }]);
    const wrong = checkSelfEvaluation({ H5: null, H19: 90 });
    expect(wrong.plan.values.map((w) => [w.cell, w.value])).toEqual([["H19", 99], ["H5", 9]]);
  });

  it("fills an empty grade with the band of the total", () => {
    const result = checkSheets([sheetFromRows("结论一览表", summaryRows({ B7: null }), SUMMARY_MERGES)]);
    expect(result.findings).toEqual([]);
    expect(result.plan.values).toMatchObject([{ sheet: "结论一览表", cell: "B7", value: "优", previous: null, reason: "empty-total", variant: "grade" }]);
  });

  it("corrects a wrong grade", () => {
    const right = checkSheets([sheetFromRows("结论一览表", summaryRows({ B7: "优" }), SUMMARY_MERGES)]);
    expect(right.plan.values).toEqual([]);
    const wrong = checkSheets([sheetFromRows("结论一览表", summaryRows({ C5: 55, C6: 85, B7: "优" }), SUMMARY_MERGES)]);
    expect(wrong.plan.values).toMatchObject([{ sheet: "结论一览表", cell: "B7", value: "良", previous: "优", reason: "grade", variant: "band" }]);
  });

  it("never targets a formula cell, even when its cached value is wrong", () => {
    const result = checkSelfEvaluation({ H19: { f: "SUM(H12:H18)+H5", v: 96 }, G19: { f: "SUM(G12:G18)+F5", v: 100 }, H5: null });
    expect(result.findings.map((f) => `${f.rule}@${f.cell}`)).toContain("score-total@H19");
    expect(result.plan.values.map((w) => w.cell)).not.toContain("H19");
    expect(result.plan.values.map((w) => w.cell)).not.toContain("G19");
  });

  it("writes only inside detected tables, on the sheet of the finding", () => {
    const result = checkSheets([
      sheetFromRows("说明", [["本工作簿为2023年度绩效评价资料"], ["总分", 96]]),
      sheetFromRows("指标体系及评分", scoringRows({ F3: 3.5, F5: 2.34, F10: 96 }), SCORING_MERGES),
      sheetFromRows("结论一览表", summaryRows({ C3: 8.83, C6: 98.83, B7: null }), SUMMARY_MERGES),
      sheetFromRows("自评表", selfEvaluation({ H19: null, C6: 95, K30: 5 }), SELF_EVALUATION_MERGES),
    ]);
    const writes = result.plan.values.map((w) => `${w.sheet}!${w.cell}=${w.value}`);
    expect(writes).toEqual(expect.arrayContaining(["指标体系及评分!F10=97.84", "结论一览表!C3=7.84", "自评表!C5=95", "自评表!H19=99", "结论一览表!B7=优"]));
    expect(writes.some((w) => w.startsWith("说明!"))).toBe(false);
    expectWritesInsideTables(result);
  });

  it("does not write the fixes of rules whose fix is advice, not a total (target-missed-full-score, number-as-text)", () => {
    const result = checkSelfEvaluation({ E12: "480", F12: "270", I12: "部分未申领", G13: "１０" });
    expect(result.findings.map((f) => f.rule).sort()).toEqual(["number-as-text", "target-missed-full-score"]);
    expect(result.plan.values).toEqual([]);
  });
});

describe("write plan: flags", () => {
  it("one flag per cell, with the highest severity of its findings", () => {
    // H12 "12分": number-as-text (warning) and score-range (error) on one cell.
    const result = checkSelfEvaluation({ H12: "12分" });
    expect(result.findings.map((f) => `${f.rule}@${f.cell}`).sort()).toEqual(["number-as-text@H12", "score-range@H12"]);
    expect(result.plan.flags).toHaveLength(1);
    const [flag] = result.plan.flags;
    expect(flag).toMatchObject({ sheet: "自评表", cell: "H12", severity: "error", fill: SEVERITY_FILL.error });
    expect(flag.rules.sort()).toEqual(["number-as-text", "score-range"]);
    expect(flagNote(flag, "zh-CN").startsWith(NOTE_PREFIX)).toBe(true);
    expect(flagNote(flag, "zh-CN")).toContain("12");
    expect(flagNote(flag, "zh-CN").split("\n")).toHaveLength(2);
    expect(flagNote(flag, "en-US").length).toBeGreaterThan(NOTE_PREFIX.length);
  });

  it("a flag per flagged cell, filled by severity", () => {
    const result = checkSelfEvaluation({ H13: 8, H19: 97.01 });
    const flags = Object.fromEntries(result.plan.flags.map((f) => [f.cell, [f.severity, f.fill]]));
    expect(flags).toEqual({
      I13: ["warning", SEVERITY_FILL.warning],
      H19: ["info", SEVERITY_FILL.info],
    });
    for (const flag of result.plan.flags) expect(flagNote(flag, "zh-CN").startsWith(NOTE_PREFIX)).toBe(true);
  });

  it("no findings, no flags", () => {
    expect(checkSelfEvaluation().plan).toEqual({ values: [], flags: [] });
  });
});
