import { buildTemplate } from "../../src/core/templates";
import { htmlReport } from "../../src/report/html";
import { jsonReport } from "../../src/report/json";
import { textReport } from "../../src/report/text";
import { check, filledSheet } from "../core/templates/support";

// A blank 评分表 (weights, no scores) and a blank 目标表 (no indicators at all).
const [scoring] = buildTemplate("scoring");
const [target] = buildTemplate("target");
const outcomes = [{ file: "blank.xlsx", result: check(filledSheet(scoring), filledSheet(target)) }];

describe("reports of unfilled tables", () => {
  it("the text report says 未填写 and what is missing, never ✓", () => {
    const text = textReport(outcomes, "zh-CN", false);
    expect(text).toContain("scoring · 单位：分  未填写：已有分值，得分尚未填写");
    expect(text).toContain("A1:F21 target  未填写：表中还没有填写指标");
    expect(text).not.toContain("✓");
    expect(textReport(outcomes, "en-US", false)).toContain("Not filled in: weights without any score yet");
  });

  it("the HTML report shows the status above the table's scores, without ✓", () => {
    const html = htmlReport(outcomes, "zh-CN");
    expect(html).toContain('<p class="unfilled"><strong>未填写</strong> 已有分值，得分尚未填写</p>');
    expect(html).not.toContain("✓");
  });

  it("the JSON report lists the unfilled parts with each table", () => {
    const json = JSON.parse(jsonReport(outcomes, "zh-CN")) as { files: { tables: { kind: string; unfilled?: string[] }[] }[] };
    expect(json.files[0].tables.map((t) => [t.kind, t.unfilled])).toEqual([["scoring", ["scores"]], ["target", ["indicators"]]]);
  });
});
