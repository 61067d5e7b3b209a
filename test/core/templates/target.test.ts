import { buildTemplate } from "../../../src/core/templates";
import { sampleSheets } from "./samples";
import { check, findingsOf } from "./support";
import { ofKind } from "../../helpers/table-kind";
import { at } from "../../helpers/address";

const [layout] = buildTemplate("target");

describe("the 项目绩效目标表 template", () => {
  it("adds 预算数 up from its sources and takes spending shares between 0% and 100%", () => {
    expect(layout.cells.find((c) => c.address === "C4")).toMatchObject({ formula: "SUM(C5:C6)", numFmt: "0.00" });
    expect(layout.validations).toContainEqual({ ref: "B8:E8", type: "decimal", min: 0, max: 1, message: "支出进度应在 0% 到 100% 之间" });
  });

  it("has a two-level header: 绩效指标 over 一级/二级/三级指标", () => {
    expect(layout.merges).toEqual(expect.arrayContaining(["A10:C10", "D10:D11", "E10:E11", "F10:F11"]));
  });

  it("filled in, is detected as one 绩效目标表 and yields no finding", () => {
    const result = check(...sampleSheets("target"));
    expect(result.tables.map((t) => [t.kind, t.range])).toEqual([["target", "A1:F21"]]);
    const [table] = result.tables;
    expect(ofKind(table, "target").budget?.total).toMatchObject({ ...at("C4"), value: 130, formula: "SUM(C5:C6)" });
    expect(ofKind(table, "target").spendPlan?.periods.map((p) => p.share.value)).toEqual([0.25, 0.5, 0.75, 1]);
    expect(ofKind(table, "target").rows).toHaveLength(10);
    expect(findingsOf(result)).toEqual([]);
  });

  it("reports a 预算数 typed over its formula that its sources do not add up to", () => {
    const result = check(...sampleSheets("target", [{ typed: { C4: 120 } }]));
    expect(result.findings).toMatchObject([{ rule: "fund-sum", cell: "C4", expected: 130, actual: 120 }]);
  });

  it("reports a spending plan that does not end at 100%", () => {
    expect(findingsOf(check(...sampleSheets("target", [{ inputs: { E8: 0.9 } }])))).toEqual(["spend-plan@项目绩效目标表!E8"]);
  });
});
