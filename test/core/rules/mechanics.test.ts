import { SELF_EVALUATION_MERGES, sheetFromRows } from "../../helpers/grid";
import { checkRows, checkSelfEvaluation, checkSheets, checkTarget, ofRule, parentRowScoring, selfEvaluation, single, summary, zh } from "./support";

const ERROR_CODES = ["#REF!", "#DIV/0!", "#VALUE!", "#N/A", "#NAME?", "#NUM!", "#NULL!"];

describe("formula-range", () => {
  it("fires at a 总分 formula that omits a row, instead of score-total", () => {
    const result = checkSelfEvaluation({ H19: { f: "SUM(H12:H17)+H5", v: 89 } });
    const f = single(result, "formula-range");
    expect(f).toMatchObject({ severity: "warning", cell: "H19", variant: "omits" });
    expect(f.related).toEqual(["H5", "H12", "H13", "H14", "H15", "H16", "H17", "H18"]);
    expect(zh(f)).toBe("合计公式 =SUM(H12:H17)+H5 漏掉了 H18");
    expect(summary(result)).toEqual(["formula-range@H19"]);
  });

  it("fires at a total weight formula that leaves out the 执行率 分值, instead of weight-total", () => {
    const result = checkSelfEvaluation({ G19: { f: "SUM(G12:G18)", v: 90 } });
    expect(single(result, "formula-range")).toMatchObject({ cell: "G19" });
    expect(zh(single(result, "formula-range"))).toContain("F5");
    expect(summary(result)).toEqual(["formula-range@G19"]);
  });

  it("fires at a 年度资金总额 formula that omits a part", () => {
    const f = single(checkSelfEvaluation({ C5: { f: "SUM(C6:C7)", v: 100 } }), "formula-range");
    expect(f).toMatchObject({ cell: "C5", variant: "omits" });
    expect(zh(f)).toContain("C8");
  });

  it("fires at a 合计 that counts a subtotal twice", () => {
    const result = checkRows(parentRowScoring({ D8: { f: "SUM(D3:D7)", v: 190 } }));
    const f = single(result, "formula-range");
    expect(f).toMatchObject({ cell: "D8", variant: "twice" });
    expect(zh(f)).toBe("合计公式 =SUM(D3:D7) 重复计入了小计 D3, D6");
    expect(summary(result)).toEqual(["formula-range@D8"]);
  });

  it.each([
    ["SUM(H12:H18)+H5"],
    ["SUM(H5,H12:H18)"],
    ["H5+H12+H13+H14+H15+H16+H17+H18"],
    ["sum($H$12:$H$18) + $H$5"],
  ])("a total formula =%s covering every row is clean", (formula) => {
    expect(summary(checkSelfEvaluation({ H19: { f: formula, v: 99 } }))).toEqual([]);
  });

  it("a 合计 summing only the leaves of a table with subtotal rows is clean", () => {
    expect(summary(checkRows(parentRowScoring({ D8: { f: "D4+D5+D7", v: 95 }, C8: { f: "SUM(C4:C5,C7)", v: 100 } })))).toEqual([]);
  });
});

describe("hardcoded-total", () => {
  const formulas = { G19: { f: "SUM(G12:G18)+F5", v: 100 }, H19: { f: "SUM(H12:H18)+H5", v: 99 } };

  it("fires at a typed total where another table of the workbook computes that total with a formula", () => {
    const result = checkSheets([
      sheetFromRows("项目一", selfEvaluation(formulas), SELF_EVALUATION_MERGES),
      sheetFromRows("项目二", selfEvaluation(), SELF_EVALUATION_MERGES),
    ]);
    const found = ofRule(result, "hardcoded-total");
    expect(found.map((f) => [f.sheet, f.cell, f.severity, f.actual])).toEqual([
      ["项目二", "G19", "info", 100],
      ["项目二", "H19", "info", 99],
    ]);
    expect(zh(found[1])).toBe("总分以数值“99”录入，本工作簿其他总分用公式计算");
    expect(zh(found[0])).toBe("合计分值以数值“100”录入，本工作簿其他合计用公式计算");
    expect(summary(result)).toEqual(["hardcoded-total@G19", "hardcoded-total@H19"]);
  });

  it("a workbook without formulas gets nothing", () => {
    const result = checkSheets([
      sheetFromRows("项目一", selfEvaluation(), SELF_EVALUATION_MERGES),
      sheetFromRows("项目二", selfEvaluation(), SELF_EVALUATION_MERGES),
    ]);
    expect(ofRule(result, "hardcoded-total")).toEqual([]);
  });

  it("compares totals of the same kind only: a formula 合计分值 does not make the typed 总分 hardcoded", () => {
    expect(ofRule(checkSelfEvaluation({ G19: formulas.G19 }), "hardcoded-total")).toEqual([]);
  });
});

describe("formula-error", () => {
  it("fires at a score showing #DIV/0!", () => {
    const result = checkSelfEvaluation({ H12: { f: "G12/0", v: { error: "#DIV/0!" } } });
    const f = single(result, "formula-error");
    expect(f).toMatchObject({ severity: "error", cell: "H12", actual: "#DIV/0!" });
    expect(zh(f)).toBe("单元格显示错误值 #DIV/0!");
    expect(summary(result)).toEqual(["formula-error@H12"]);
  });

  it.each(ERROR_CODES)("fires for %s anywhere in the table", (code) => {
    const result = checkSelfEvaluation({ G5: { f: "E5/D5", v: { error: code } } });
    expect(single(result, "formula-error")).toMatchObject({ cell: "G5", actual: code });
    expect(zh(single(result, "formula-error"))).toContain(code);
  });

  it("does not fire outside the detected tables", () => {
    expect(summary(checkSelfEvaluation({ K30: { f: "1/0", v: { error: "#DIV/0!" } } }))).toEqual([]);
  });
});

describe("number-as-text", () => {
  it.each([
    ["G12", "１０", 10],
    ["G12", "10 ", 10],
    ["H12", "10分", 10],
    ["H19", "99", 99],
    ["C5", "100 ", 100],
  ])("fires at %s holding %p, and still reads %p", (cell, text, value) => {
    const result = checkSelfEvaluation({ [cell]: text });
    const f = single(result, "number-as-text");
    expect(f).toMatchObject({ severity: "warning", cell, actual: text, expected: value, fix: value });
    expect(zh(f)).toBe(`数值“${text}”以文本存储（应为数字 ${value}）`);
    // The number is read: no total is off.
    expect(summary(result)).toEqual([`number-as-text@${cell}`]);
  });

  it("never fires for indicator values", () => {
    expect(summary(checkSelfEvaluation({ E12: "35", F12: "35", E13: "95", F13: "100" }))).toEqual([]);
    expect(ofRule(checkTarget({ E11: "5" }), "number-as-text")).toEqual([]);
  });

  it("fires at a 预算数 typed as text in a 绩效目标表", () => {
    expect(single(checkTarget({ C4: "2 " }), "number-as-text")).toMatchObject({ cell: "C4", expected: 2 });
  });
});
