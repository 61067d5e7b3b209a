import { buildTemplate } from "../../../src/core/templates";
import { sampleSheets } from "./samples";
import { check, findingsOf } from "./support";
import { ofKind } from "../../helpers/table-kind";

const [layout] = buildTemplate("self-evaluation");

describe("the 项目支出绩效自评表 template", () => {
  it("has formulas for the funds total, 执行率, its 得分, 总分 and the grade", () => {
    const formulas = Object.fromEntries(layout.cells.filter((c) => c.formula).map((c) => [c.address, c.formula]));
    expect(formulas).toEqual({
      C6: "SUM(C7:C9)",
      D6: "SUM(D7:D9)",
      E6: "SUM(E7:E9)",
      G6: 'IF(D6=0,"",E6/D6)',
      H6: 'IF(G6="","",ROUND(MIN(G6,1)*F6,2))',
      G24: "SUM(F6,G14:G23)",
      H24: "SUM(H6,H14:H23)",
      G25: 'IF(COUNT(H14:H23)=0,"",IF(ROUND(H24,2)>=90,"优",IF(ROUND(H24,2)>=80,"良",IF(ROUND(H24,2)>=60,"中","差"))))',
    });
  });

  it("formats amounts as 0.00 and 执行率 as 0.00%", () => {
    const formats = Object.fromEntries(layout.cells.filter((c) => ["D6", "D7", "G6", "H6"].includes(c.address)).map((c) => [c.address, c.numFmt]));
    expect(formats).toEqual({ D6: "0.00", D7: "0.00", G6: "0.00%", H6: "0.00" });
  });

  it("bounds every indicator score by its own weight and reddens a score above it", () => {
    expect(layout.validations).toContainEqual({ ref: "H20", type: "decimal", min: 0, max: "$G$20", message: "得分应在 0 与本行分值之间" });
    expect(layout.validations).toContainEqual({ ref: "C7:E9", type: "decimal", min: 0, message: "金额应为不小于 0 的数（万元）" });
    expect(layout.conditionalFormats).toEqual([{ ref: "H14:H23", formula: "AND(ISNUMBER(H14),H14>G14)", fill: "FFC7CE", font: "9C0006" }]);
  });

  it("offers the indicator names, and 优/良/中/差 where the actual is qualitative", () => {
    expect(layout.validations).toContainEqual({ ref: "B14:B23", type: "list", values: ["产出指标", "效益指标", "满意度指标"] });
    expect(layout.validations).toContainEqual(expect.objectContaining({ ref: "C14:C23", type: "list" }));
    const qualitative = layout.validations.filter((v) => v.type === "list" && v.values.join() === "优,良,中,差").map((v) => v.ref);
    expect(qualitative).toEqual(["F20", "F22"]);
  });

  it("filled in, is detected as one 自评表 over its whole range and yields no finding", () => {
    const result = check(...sampleSheets("self-evaluation"));
    expect(result.tables.map((t) => [t.kind, t.range])).toEqual([["self-evaluation", "A1:I25"]]);
    const [table] = result.tables;
    expect(ofKind(table, "self-evaluation").rows).toHaveLength(10);
    expect(ofKind(table, "self-evaluation").funds.map((l) => l.role)).toEqual(["total", "fiscal", "carryOver", "other"]);
    expect(ofKind(table, "self-evaluation").grade?.text).toBe("优");
    expect(findingsOf(result)).toEqual([]);
  });

  it("reports a score above its weight at the score cell", () => {
    const result = check(...sampleSheets("self-evaluation", [{ inputs: { H20: 11 }, results: { H24: 99.08 } }]));
    expect(findingsOf(result)).toEqual(["score-range@项目支出绩效自评表!H20"]);
  });

  it("reports a 总分 typed over its formula when it does not add up", () => {
    const result = check(...sampleSheets("self-evaluation", [{ typed: { H24: 98 } }]));
    expect(result.findings).toMatchObject([{ rule: "score-total", cell: "H24", expected: 97.08, actual: 98 }]);
  });

  it("reports a 执行率 typed over its formula", () => {
    expect(findingsOf(check(...sampleSheets("self-evaluation", [{ typed: { G6: 1 } }])))).toEqual(["exec-rate@项目支出绩效自评表!G6"]);
  });

  it("gives each 二级指标 the number of lines asked for", () => {
    const [three] = buildTemplate("self-evaluation", { rowsPerGroup: 3 });
    expect(three.cells.filter((c) => c.input === "level3")).toHaveLength(27);
    expect(three.ref).toBe("A1:I42");
    expect(three.merges).toEqual(expect.arrayContaining(["A12:A40", "B14:B25", "C14:C16", "A41:F41"]));
  });
});
