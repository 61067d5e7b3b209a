import type { CheckResult } from "../../../src/core/engine";
import type { RuleId } from "../../../src/core/findings";
import { SELF_EVALUATION_MERGES, sheetFromRows } from "../../helpers/grid";
import {
  checkRows, checkSelfEvaluation, checkSheets, checkTarget, parentRowScoring, scoringRows, SCORING_MERGES, selfEvaluation,
  summaryRows, SUMMARY_MERGES,
} from "./support";

/** A workbook the rule fires on (at `cell`), or stays silent on. */
export interface RuleCase {
  name: string;
  check: () => CheckResult;
  cell?: string;
}

/** Every rule's smallest cases: where it fires and where it stays silent (the meta-test runs them all). */
export interface RuleFixtures {
  fires: RuleCase[];
  silent: RuleCase[];
}

const scoring = (changes: Parameters<typeof scoringRows>[0] = {}) => checkSheets([sheetFromRows("指标体系及评分", scoringRows(changes), SCORING_MERGES)]);
const summaryWithGrade = (grade: string) =>
  checkRows(summaryRows({ C3: 10, C4: 20, C5: 55, C6: 85, B7: grade }), SUMMARY_MERGES, undefined, "结论一览表");
const formulaTotals = { G19: { f: "SUM(G12:G18)+F5", v: 100 }, H19: { f: "SUM(H12:H18)+H5", v: 99 } };
const cleanSelfEvaluation: RuleCase = { name: "the standard 自评表", check: () => checkSelfEvaluation() };
const cleanTarget: RuleCase = { name: "the standard 绩效目标表", check: () => checkTarget() };

export const RULE_FIXTURES: Record<RuleId, RuleFixtures> = {
  "weight-sum": {
    fires: [{ name: "部门决策 (12分) over children of 10", check: () => scoring({ A3: "部门决策 (12分)" }), cell: "A3" }],
    silent: [{ name: "the scoring table with weights in its labels", check: () => scoring() }],
  },
  "weight-total": {
    fires: [{ name: "weights adding up to 105", check: () => checkSelfEvaluation({ G12: 15, I12: "任务量增加", G19: 105 }), cell: "G19" }],
    silent: [cleanSelfEvaluation],
  },
  "score-range": {
    fires: [{ name: "an empty score", check: () => checkSelfEvaluation({ H12: null }), cell: "H12" }],
    silent: [cleanSelfEvaluation],
  },
  "score-total": {
    fires: [{ name: "总分 96 over scores adding up to 99", check: () => checkSelfEvaluation({ H19: 96 }), cell: "H19" }],
    silent: [cleanSelfEvaluation],
  },
  "score-subtotal": {
    fires: [{ name: "a parent row's own score off its rows", check: () => checkRows(parentRowScoring({ D3: 50, D8: 88 })) }],
    silent: [{ name: "parent rows that add up", check: () => checkRows(parentRowScoring()) }],
  },
  grade: {
    fires: [{ name: "85 written 优", check: () => summaryWithGrade("优"), cell: "B7" }],
    silent: [{ name: "85 written 良好", check: () => summaryWithGrade("良好") }],
  },
  "deduction-reason": {
    fires: [{ name: "a met target scored 8 of 10 without a reason", check: () => checkSelfEvaluation({ H12: 8, H19: 97 }), cell: "I12" }],
    silent: [cleanSelfEvaluation],
  },
  "rounding-drift": {
    fires: [{ name: "总分 99.01 over 99", check: () => checkSelfEvaluation({ H19: 99.01 }), cell: "H19" }],
    silent: [cleanSelfEvaluation],
  },
  "fund-sum": {
    fires: [{ name: "年度资金总额 100 over 80 + 15", check: () => checkSelfEvaluation({ C6: 80, C7: 15 }), cell: "C5" }],
    silent: [cleanSelfEvaluation],
  },
  "exec-rate": {
    fires: [{ name: "执行率 95% over 90 of 100", check: () => checkSelfEvaluation({ G5: { v: 0.95, fmt: "0.00%" } }), cell: "G5" }],
    silent: [cleanSelfEvaluation],
  },
  "exec-score": {
    fires: [{ name: "执行率得分 8 for 90% of 10", check: () => checkSelfEvaluation({ H5: 8, H19: 98 }), cell: "H5" }],
    silent: [cleanSelfEvaluation],
  },
  "spend-plan": {
    fires: [{ name: "a cumulative share that falls", check: () => checkTarget({ D8: 0.4 }), cell: "D8" }],
    silent: [cleanTarget],
  },
  "indicator-value": {
    fires: [{ name: "an empty 年度指标值", check: () => checkSelfEvaluation({ E12: null }), cell: "E12" }],
    silent: [cleanSelfEvaluation],
  },
  "target-missed-full-score": {
    fires: [{ name: "≥95% missed at 90%, full score", check: () => checkSelfEvaluation({ E13: "≥95%", F13: "90%", I13: "抽检未达标" }), cell: "H13" }],
    silent: [cleanSelfEvaluation],
  },
  "overshoot-reason": {
    fires: [{ name: "≥10年 against 13年 without a reason", check: () => checkSelfEvaluation({ E17: "≥10年", F17: "13年" }), cell: "I17" }],
    silent: [cleanSelfEvaluation],
  },
  "qualitative-band": {
    fires: [{ name: "部分达成年度指标 at full score", check: () => checkSelfEvaluation({ F16: "部分达成年度指标" }), cell: "H16" }],
    silent: [cleanSelfEvaluation],
  },
  "deviation-reason": {
    fires: [{ name: "35栋 missed at 30栋 without a reason", check: () => checkSelfEvaluation({ F12: "30栋", H12: 8.57, H19: 97.57 }), cell: "I12" }],
    silent: [cleanSelfEvaluation],
  },
  "unit-mismatch": {
    fires: [{ name: "35栋 against 35人", check: () => checkSelfEvaluation({ F12: "35人" }), cell: "F12" }],
    silent: [cleanSelfEvaluation],
  },
  "vague-target": {
    fires: [{ name: "预算范围内 as a target", check: () => checkSelfEvaluation({ E13: "预算范围内", F13: "是" }), cell: "E13" }],
    silent: [cleanSelfEvaluation],
  },
  "duplicate-indicator": {
    fires: [{ name: "涉及楼数 twice", check: () => checkSelfEvaluation({ D13: "涉及楼数" }), cell: "D13" }],
    silent: [cleanSelfEvaluation],
  },
  "missing-category": {
    fires: [{ name: "产出指标 without 质量指标", check: () => checkSelfEvaluation({ C13: "其他指标" }), cell: "B11" }],
    silent: [cleanSelfEvaluation, cleanTarget],
  },
  "weight-norm": {
    fires: [{ name: "满意度 weighted 25", check: () => checkSelfEvaluation({ G17: 10, H17: 10, G18: 15, H18: 15 }) }],
    silent: [cleanSelfEvaluation],
  },
  "copied-actual": {
    fires: [{ name: "the goal's actual text copied from its plan", check: () => checkSelfEvaluation({ F10: "完成35栋楼的上下水改造" }), cell: "F10" }],
    silent: [cleanSelfEvaluation],
  },
  timeliness: {
    fires: [
      { name: "a deadline in the year before 2023", check: () => checkSelfEvaluation({ E14: "2022年12月31日前完成", F14: "2022年10月31日完成" }), cell: "E14" },
      { name: "a deadline in the year after 2023", check: () => checkSelfEvaluation({ E14: "2024年6月30日前完成", F14: "2024年5月31日完成" }), cell: "E14" },
    ],
    silent: [cleanSelfEvaluation],
  },
  "formula-range": {
    fires: [{ name: "a 总分 formula that omits a row", check: () => checkSelfEvaluation({ H19: { f: "SUM(H12:H17)+H5", v: 89 } }), cell: "H19" }],
    silent: [{ name: "totals whose formulas cover every part", check: () => checkSelfEvaluation(formulaTotals) }],
  },
  "hardcoded-total": {
    fires: [{
      name: "a typed total where the other table computes it",
      check: () => checkSheets([
        sheetFromRows("项目一", selfEvaluation(formulaTotals), SELF_EVALUATION_MERGES),
        sheetFromRows("项目二", selfEvaluation(), SELF_EVALUATION_MERGES),
      ]),
      cell: "H19",
    }],
    silent: [cleanSelfEvaluation],
  },
  "formula-error": {
    fires: [{ name: "a score showing #DIV/0!", check: () => checkSelfEvaluation({ H12: { f: "G12/0", v: { error: "#DIV/0!" } } }), cell: "H12" }],
    silent: [cleanSelfEvaluation],
  },
  "number-as-text": {
    fires: [{ name: "an amount typed as text", check: () => checkTarget({ C4: "2 " }), cell: "C4" }],
    silent: [cleanTarget],
  },
};
