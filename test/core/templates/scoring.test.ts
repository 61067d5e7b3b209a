import { buildTemplate } from "../../../src/core/templates";
import { sampleSheets } from "./samples";
import { check, findingsOf } from "./support";
import { ofKind } from "../../helpers/table-kind";

const [scoring, summary] = buildTemplate("summary");
const DETAIL = "部门整体支出绩效评价指标体系及评分表";

describe("the 指标体系及评分表 template", () => {
  it("writes the 2023 framework with parent weights in the labels", () => {
    const areas = scoring.cells.filter((c) => /^A\d+$/.test(c.address) && /分）$/.test(String(c.value))).map((c) => c.value);
    expect(areas).toEqual(["部门决策（10分）", "部门管理（20分）", "部门产出（40分）", "部门效益（30分）"]);
    expect(scoring.cells.find((c) => c.address === "B22")?.value).toBe("资产管理（3分）");
    expect(scoring.cells.find((c) => c.address === "F32")?.formula).toBe("SUM(F5:F31)");
  });

  it("is written alone for `scoring`, with the summary for `summary`", () => {
    expect(buildTemplate("scoring").map((l) => l.sheetName)).toEqual([DETAIL]);
    expect([scoring.sheetName, summary.sheetName]).toEqual([DETAIL, "绩效评价结论一览表"]);
  });

  it("filled in, is detected with its summary and yields no finding", () => {
    const result = check(...sampleSheets("summary"));
    expect(result.tables.map((t) => [t.kind, t.range])).toEqual([
      ["scoring", "A1:G32"],
      ["summary", "A1:C9"],
    ]);
    expect(ofKind(result.tables[0], "scoring").rows).toHaveLength(27);
    expect(findingsOf(result)).toEqual([]);
  });

  it("filled in alone yields no finding either", () => {
    expect(findingsOf(check(...sampleSheets("scoring")))).toEqual([]);
  });

  it("reports a score above its weight once, at the score cell", () => {
    const result = check(...sampleSheets("summary", [{ inputs: { F8: 3.5 }, results: { F32: 95.8 } }, { results: { C4: 10, C8: 95.8 } }]));
    expect(findingsOf(result)).toEqual([`score-range@${DETAIL}!F8`]);
  });

  it("reports a 合计 typed over its formula", () => {
    const result = check(...sampleSheets("summary", [{ typed: { F32: 96 } }]));
    expect(findingsOf(result)).toEqual([`hardcoded-total@${DETAIL}!F32`, `score-total@${DETAIL}!F32`]);
  });
});

describe("the 绩效评价结论一览表 template", () => {
  it("adds each 一级指标 up over exactly its lines on the scoring sheet", () => {
    const formulas = summary.cells.filter((c) => c.formula).map((c) => `${c.address}=${c.formula}`);
    const detail = `'${DETAIL}'`;
    expect(formulas.slice(0, 8)).toEqual([
      `B4=SUM(${detail}!D5:D11)`, `C4=SUM(${detail}!F5:F11)`,
      `B5=SUM(${detail}!D12:D23)`, `C5=SUM(${detail}!F12:F23)`,
      `B6=SUM(${detail}!D24:D27)`, `C6=SUM(${detail}!F24:F27)`,
      `B7=SUM(${detail}!D28:D31)`, `C7=SUM(${detail}!F28:F31)`,
    ]);
    expect(formulas.slice(8)).toEqual([
      "B8=SUM(B4:B7)",
      "C8=SUM(C4:C7)",
      `B9=IF(COUNT(${detail}!F5:F31)=0,"",IF(ROUND(C8,2)>=90,"优",IF(ROUND(C8,2)>=80,"良",IF(ROUND(C8,2)>=60,"中","差"))))`,
    ]);
  });

  it("follows a renamed scoring sheet", () => {
    const [, renamed] = buildTemplate("summary", { sheetNames: { scoring: "评分表 (2)" } });
    expect(renamed.cells.find((c) => c.address === "C4")?.formula).toBe("SUM('评分表 (2)'!F5:F11)");
  });

  it("reports a group score typed over its formula that the detail does not add up to", () => {
    const result = check(...sampleSheets("summary", [{}, { typed: { C5: 19 }, results: { C8: 95.3 } }]));
    expect(result.findings).toMatchObject([{ rule: "score-subtotal", sheet: "绩效评价结论一览表", cell: "C5", expected: 18.5, actual: 19 }]);
  });

  it("reports a grade that contradicts the total", () => {
    expect(findingsOf(check(...sampleSheets("summary", [{}, { typed: { B9: "良" } }])))).toEqual(["grade@绩效评价结论一览表!B9"]);
  });
});
