import { buildTemplate } from "../../../src/core/templates";
import { sampleSheets } from "./samples";
import { check, findingsOf } from "./support";
import { ofKind } from "../../helpers/table-kind";

const [layout] = buildTemplate("comparison");

describe("the 绩效目标完成情况对比表 template", () => {
  it("has a two-level header: 完成情况 over 计划内容 and 实际完成情况", () => {
    expect(layout.merges).toEqual(expect.arrayContaining(["A3:A4", "B3:B4", "C3:C4", "D3:E3"]));
    expect(layout.cells.filter((c) => c.address === "D4" || c.address === "E4").map((c) => c.value)).toEqual(["计划内容", "实际完成情况"]);
  });

  it("filled in, is detected as one 对比表 with 一级/二级指标 columns, reads every line and yields no finding", () => {
    const result = check(...sampleSheets("comparison"));
    expect(result.tables.map((t) => [t.kind, t.range])).toEqual([["comparison", "A1:E15"]]);
    expect(ofKind(result.tables[0], "comparison").comparisonRows.map((r) => r.name?.text)).toEqual(expect.arrayContaining(["年度总体目标", "改造楼栋数", "居民满意度"]));
    expect(ofKind(result.tables[0], "comparison").comparisonRows).toHaveLength(11);
    expect(findingsOf(result)).toEqual([]);
  });

  it("reports an actual copied from the plan", () => {
    const copied = "完成35栋楼改造，通过竣工验收";
    expect(findingsOf(check(...sampleSheets("comparison", [{ inputs: { D6: copied, E6: copied } }])))).toEqual(["copied-actual@绩效目标完成情况对比表!E6"]);
  });
});
