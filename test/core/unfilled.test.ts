import { renderUnfilled, unfilledLabel } from "../../src/core/messages";
import { buildTemplate, type TemplateKind } from "../../src/core/templates";
import { SAMPLES } from "./templates/samples";
import { check, column, filledSheet, type Values } from "./templates/support";

const [selfEvaluation] = buildTemplate("self-evaluation");
const LEVEL3 = ["楼栋数", "户数", "合格率", "完工时间", "总成本", "就业人数", "生活条件", "绿化面积", "管护", "满意度"];
const WEIGHTS = [10, 10, 10, 10, 10, 5, 10, 5, 10, 10];
const TARGETS = ["35栋", "≥500户", "≥95%", "≤12月", "≤130万元", "≥20人", "显著改善", "≥500平方米", "建立管护机制", "≥90%"];

function unfilledOf(kind: TemplateKind, inputs: Values[] = []) {
  const sheets = buildTemplate(kind).map((layout, i) => filledSheet(layout, { inputs: inputs[i] ?? {} }));
  return check(...sheets).totals.map((t) => [t.kind, t.unfilled]);
}

describe("unfilled tables", () => {
  it("a blank template of each kind is unfilled, not clean", () => {
    expect(unfilledOf("self-evaluation")).toEqual([["self-evaluation", ["indicators"]]]);
    expect(unfilledOf("target")).toEqual([["target", ["indicators"]]]);
    expect(unfilledOf("comparison")).toEqual([["comparison", ["indicators"]]]);
    // The department framework comes with its indicators and weights: only the scores are missing.
    expect(unfilledOf("scoring")).toEqual([["scoring", ["scores"]]]);
  });

  it("weights and targets without a single score or actual value are both named", () => {
    const inputs = { ...column(selfEvaluation, "level3", LEVEL3), ...column(selfEvaluation, "weight", WEIGHTS), ...column(selfEvaluation, "target", TARGETS) };
    expect(unfilledOf("self-evaluation", [inputs])).toEqual([["self-evaluation", ["scores", "actuals"]]]);
  });

  it("a table with some scores is in use: what is missing is the rules' business", () => {
    const scores = [9, null, null, null, null, null, null, null, null, null];
    const actuals = ["35栋", null, null, null, null, null, null, null, null, null];
    const inputs = {
      ...column(selfEvaluation, "level3", LEVEL3), ...column(selfEvaluation, "weight", WEIGHTS), ...column(selfEvaluation, "target", TARGETS),
      ...column(selfEvaluation, "score", scores), ...column(selfEvaluation, "actual", actuals),
    };
    expect(unfilledOf("self-evaluation", [inputs])).toEqual([["self-evaluation", []]]);
  });

  it("a target table has no actual values to fill in: filled targets make it complete", () => {
    const sample = SAMPLES.target;
    expect(unfilledOf("target", sample.inputs)).toEqual([["target", []]]);
  });

  it.each(Object.entries(SAMPLES))("the filled-in %s template is in use", (_kind, sample) => {
    const sheets = sample.layouts.map((layout, i) => filledSheet(layout, { inputs: sample.inputs[i], results: sample.results[i] }));
    expect(check(...sheets).totals.map((t) => t.unfilled)).toEqual(sample.layouts.map(() => []));
  });

  it("is said in Chinese and in English", () => {
    expect(unfilledLabel("zh-CN")).toBe("未填写");
    expect(renderUnfilled(["scores", "actuals"], "zh-CN")).toBe("已有分值，得分尚未填写；已有指标值，实际完成值尚未填写");
    expect(unfilledLabel("en-US")).toBe("Not filled in");
    expect(renderUnfilled(["indicators"], "en-US")).toBe("no indicators filled in yet");
  });
});
