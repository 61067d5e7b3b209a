import type { SheetSnapshot } from "../../../src/core/snapshot";
import { buildTemplate, type TemplateKind, type TemplateLayout } from "../../../src/core/templates";
import { column, filledSheet, type Filled, type Values } from "./support";

/**
 * Each template filled in as a person would, sheet by sheet: what is typed into its input cells and, computed by
 * hand, what its formulas show then. The core tests read the results; the LibreOffice test checks that a real
 * spreadsheet computes the same.
 */
export interface Sample {
  layouts: TemplateLayout[];
  inputs: Values[];
  results: Values[];
}

const [selfEvaluation] = buildTemplate("self-evaluation");
const [target] = buildTemplate("target");
const [scoring, summary] = buildTemplate("summary");
const [comparison] = buildTemplate("comparison");

/** 10 lines of a project: 数量 ×2, 质量, 时效, 成本, 经济效益, 社会效益, 生态效益, 可持续影响, 满意度. */
const PROJECT = {
  level3: ["改造楼栋数", "改造户数", "工程验收合格率", "完工时间", "全年总成本", "带动就业人数", "居民生活条件改善", "新增绿化面积", "设施长效管护", "居民满意度"],
  description: ["完成改造的楼栋数量", "完成改造的住户数量", "通过竣工验收的比例", "工程完工的时间", "项目全年总成本", "施工带动的本地就业", "居住条件改善程度", "改造新增的绿化面积", "管护机制建立情况", "受益居民满意程度"],
  target: ["35栋", "≥500户", "≥95%", "≤12月", "≤130万元", "≥20人", "显著改善", "≥500平方米", "建立长效管护机制", "≥90%"],
  basis: ["改造计划", "改造计划", "验收规范", "年度计划", "预算批复", "历史数据", "行业标准", "设计方案", "管理办法", "满意度调查"],
  actual: ["35栋", "520户", "100%", "11月", "118万元", "22人", "优", "600平方米", "优", "95%"],
  weight: [10, 10, 10, 10, 10, 5, 10, 5, 10, 10],
  score: [10, 10, 10, 10, 10, 5, 9, 5, 10, 9],
  reason: [null, null, null, null, null, null, "施工期间部分居民出行不便", null, null, "个别住户对施工噪声不满"],
  planned: ["完成35栋楼改造", "惠及500户居民", "工程验收合格率≥95%", "12月底前完工", "总成本不超过130万元", "带动就业20人以上", "居民生活条件显著改善", "新增绿化500平方米", "建立长效管护机制", "居民满意度≥90%"],
  done: ["完成35栋楼改造并验收", "惠及520户居民", "验收合格率100%", "11月完工", "总成本118万元", "带动就业22人", "上下水问题全部解决", "新增绿化600平方米", "已制定管护办法", "满意度调查结果95%"],
};

const GOAL = { planned: "推进老旧小区综合整治，改善居民居住条件", actual: "完成35栋楼、520户改造，居民居住条件明显改善" };

/** 得分 of the 27 scoring lines, by 一级指标: 部门决策 9, 部门管理 18.5, 部门产出 38.5, 部门效益 28.8 — 94.8 in all. */
const DEPARTMENT_SCORES = [
  [0.8, 0.9, 1, 2.5, 2, 1, 0.8],
  [1, 0.9, 1, 1, 2, 2.5, 2, 1.8, 1.6, 2, 1.5, 1.2],
  [9.5, 10, 9, 10],
  [8.5, 7, 6.5, 6.8],
].flat();
/** The framework's 分值 column, top to bottom. */
const DEPARTMENT_WEIGHTS = scoring.cells.filter((c) => /^D\d+$/.test(c.address) && typeof c.value === "number").map((c) => Number(c.value));

const scoringInputs: Values = {
  B2: "和义街道办事处",
  ...column(scoring, "score", DEPARTMENT_SCORES),
  // A 扣分原因 wherever the score is below the weight.
  ...column(scoring, "reason", DEPARTMENT_SCORES.map((s, i) => (s < DEPARTMENT_WEIGHTS[i] ? "佐证材料不充分" : null))),
};
const scoringResults: Values = { D32: 100, F32: 94.8 };

export const SAMPLES: Record<TemplateKind, Sample> = {
  "self-evaluation": {
    layouts: [selfEvaluation],
    inputs: [{
      B3: "老旧小区综合整治",
      B4: "城市管理办公室",
      F4: "和义街道",
      // 财政拨款 100 / 120 / 108, 上年结转 0 / 10 / 10, 其他资金 left blank.
      C7: 100, D7: 120, E7: 108,
      C8: 0, D8: 10, E8: 10,
      B11: GOAL.planned,
      F11: GOAL.actual,
      ...column(selfEvaluation, "level3", PROJECT.level3),
      ...column(selfEvaluation, "target", PROJECT.target),
      ...column(selfEvaluation, "actual", PROJECT.actual),
      ...column(selfEvaluation, "weight", PROJECT.weight),
      ...column(selfEvaluation, "score", PROJECT.score),
      ...column(selfEvaluation, "reason", PROJECT.reason),
    }],
    // 130 budget, 118 spent: 执行率 90.77%, its 得分 9.08; 分值 10 + 90, 得分 9.08 + 88 = 97.08 → 优.
    results: [{ C6: 100, D6: 130, E6: 118, G6: 118 / 130, H6: 9.08, G24: 100, H24: 97.08, G25: "优" }],
  },
  target: {
    layouts: [target],
    inputs: [{
      B3: "11010623P00012345",
      E3: "老旧小区综合整治",
      C5: 100,
      C6: 30,
      E4: "用于35栋楼上下水管道及楼道改造",
      ...column(target, "spendShare", [0.25, 0.5, 0.75, 1]),
      B9: GOAL.planned,
      ...column(target, "level3", PROJECT.level3),
      ...column(target, "description", PROJECT.description),
      ...column(target, "target", PROJECT.target),
      ...column(target, "basis", PROJECT.basis),
    }],
    results: [{ C4: 130 }],
  },
  scoring: { layouts: [scoring], inputs: [scoringInputs], results: [scoringResults] },
  summary: {
    layouts: [scoring, summary],
    inputs: [scoringInputs, {}],
    results: [scoringResults, { B4: 10, B5: 20, B6: 40, B7: 30, C4: 9, C5: 18.5, C6: 38.5, C7: 28.8, B8: 100, C8: 94.8, B9: "优" }],
  },
  comparison: {
    layouts: [comparison],
    inputs: [{
      B2: "和义街道办事处",
      ...column(comparison, "planContent", [GOAL.planned, ...PROJECT.planned]),
      ...column(comparison, "actualContent", [GOAL.actual, ...PROJECT.done]),
      ...column(comparison, "indicatorContent", PROJECT.level3),
    }],
    results: [{}],
  },
};

/** A kind's sample as sheet snapshots, with `changes[i]` applied to its sheet `i`. */
export function sampleSheets(kind: TemplateKind, changes: Filled[] = []): SheetSnapshot[] {
  const { layouts, inputs, results } = SAMPLES[kind];
  return layouts.map((layout, i) =>
    filledSheet(layout, {
      inputs: { ...inputs[i], ...changes[i]?.inputs },
      results: { ...results[i], ...changes[i]?.results },
      typed: changes[i]?.typed,
    }),
  );
}
