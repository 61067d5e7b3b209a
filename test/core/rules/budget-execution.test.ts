import { checkWorkbook } from "../../../src/core/engine";
import { renderMessage } from "../../../src/core/messages";
import { sheetFromRows, workbookFrom, type LiteralCell } from "../../helpers/grid";
import { ofKind } from "../../helpers/table-kind";

/** A 项目预算执行情况表 with numbered columns and its formulas printed under it (amounts in 万元). */
function budgetExecutionRows(): LiteralCell[][] {
  return [
    ["2023年度项目预算执行情况表"],
    ["单位：万元"],
    ["项目名称", "预算批复", "本年支出小计", "基本支出", "项目支出", "其他支出", "执行差额数", "项目本年支出进度"],
    [null, 1, 2, 3, 4, 5, 6, 7],
    ["老旧小区改造", 100, 90, 30, 50, 10, -10, { v: 0.9, fmt: "0.00%" }],
    ["重阳节慰问", 0.2, 0.2, 0.1, 0.1, 0, 0, { v: 1, fmt: "0%" }],
    ["合计", 100.2, 90.2, 30.1, 50.1, 10, -10, { v: 0.9, fmt: "0.00%" }],
    ["注：本年支出小计：2=3+4+5；执行差额数=本年支出-预算批复（6=2-1）；项目本年支出进度：7=2/1*100%"],
  ];
}

const check = (rows: LiteralCell[][]) => checkWorkbook(workbookFrom(sheetFromRows("执行情况", rows)));

describe("预算执行情况表 (budget-execution)", () => {
  it("is detected with its range from the title to the 合计 row, its rows and its printed formulas", () => {
    const { tables, findings } = check(budgetExecutionRows());
    expect(tables.map((t) => [t.kind, t.range])).toEqual([["budget-execution", "A1:H7"]]);
    expect(ofKind(tables[0], "budget-execution").executionRows).toHaveLength(3);
    expect(ofKind(tables[0], "budget-execution").columnFormulas.map((f) => [f.result, f.op, f.terms.map((t) => t.sign * t.column)])).toEqual([
      [2, "sum", [3, 4, 5]],
      [6, "sum", [2, -1]],
      [7, "ratio", [2, 1]],
    ]);
    expect(findings).toEqual([]);
  });

  it("reports a row that breaks a printed sum (fund-sum at the result cell) or rate (exec-rate), not the 合计 over it", () => {
    const rows = budgetExecutionRows();
    rows[4][2] = 95;
    const { findings } = check(rows);
    // 2=3+4+5 breaks (should be 90), 6=2-1 breaks (−5 against −10), 7=2/1 breaks (95% against 90%); the 合计 C7
    // agrees with the rows once C5 is put right, so it is not reported.
    expect(findings.map((x) => [x.rule, x.cell, x.expected])).toEqual([["fund-sum", "C5", 90], ["fund-sum", "G5", -5], ["exec-rate", "H5", 0.95]]);
    expect(renderMessage(findings[0])).toContain("应为 90，表中为 95");
  });

  it("names a row without a label by its number, in the language asked for", () => {
    const rows = budgetExecutionRows();
    rows[5][0] = null;
    rows[5][7] = { v: 0.5, fmt: "0%" };
    const [rate] = check(rows).findings.filter((x) => x.rule === "exec-rate");
    expect(rate).toMatchObject({ cell: "H6", params: { name: "", row: 6 } });
    expect(renderMessage(rate, "zh-CN")).toMatch(/^“第 6 行”执行率应为 100%（按“.*7=2\/1\*100%”），表中为 50%$/);
    expect(renderMessage(rate, "en-US")).toMatch(/^Execution rate of “row 6” should be 100% \(by “.*7=2\/1\*100%”\), found 50%$/);
  });

  it("reports a 合计 that differs from its rows, and a 合计 formula that leaves a row out", () => {
    const rows = budgetExecutionRows();
    rows[6][1] = { f: "B5", v: 100.2 };
    expect(check(rows).findings.map((x) => [x.rule, x.cell])).toEqual([["formula-range", "B7"]]);
    // 101 also breaks the printed 6=2-1 and 7=2/1 on the 合计 row.
    rows[6][1] = 101;
    expect(check(rows).findings.map((x) => [x.rule, x.cell, x.expected])).toEqual([["fund-sum", "B7", 100.2], ["fund-sum", "G7", -10.8], ["exec-rate", "H7", 0.8931]]);
  });

  it("accepts differences within 0.02 万元 and a percentage typed as a number of percent", () => {
    const rows = budgetExecutionRows();
    rows[4][2] = 90.01;
    rows[4][6] = -9.99;
    rows[4][7] = 90.01;
    expect(check(rows).findings.filter((x) => x.rule === "fund-sum")).toEqual([]);
  });
});
