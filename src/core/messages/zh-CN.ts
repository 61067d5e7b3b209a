import type { MessageCatalog } from "./catalog";

export const zhCN: MessageCatalog = {
  "weight-sum": {
    children: "“{name}”的分值应为 {expected}（下级分值之和），表中为 {actual}",
    percent: "“{name}”的下级占比合计为 {actual}%，应为 {expected}%",
  },
  "weight-total": {
    declared: "合计分值应为 {expected}（各项分值之和），表中为 {actual}",
    norm: "各项分值合计为 {actual}，应为 {expected}",
    percent: "一级指标占比合计为 {actual}%，应为 {expected}%",
  },
  "score-range": {
    above: "“{name}”得分 {actual} 超过分值 {weight}",
    negative: "“{name}”得分 {actual} 小于 0",
    notNumber: "“{name}”的得分“{text}”不是数字",
    empty: "“{name}”未填得分（分值 {weight}）",
  },
  "score-total": {
    withExecution: "总分应为 {expected}（各项得分之和，含预算执行率得分），表中为 {actual}",
    plain: "总分应为 {expected}（各项得分之和），表中为 {actual}",
  },
  "score-subtotal": {
    group: "“{name}”小计应为 {expected}（各项得分之和），表中为 {actual}",
    detail: "“{name}”得分应为 {expected}（“{detailSheet}”明细得分之和），表中为 {actual}",
  },
  grade: { band: "总分 {total} 对应等级“{expected}”，表中为“{actual}”" },
  "deduction-reason": { empty: "“{name}”得分 {score} 低于分值 {weight}，扣分原因为空" },
  "rounding-drift": {
    total: "各项得分合计 {expected}，总分写 {actual}（相差不超过 0.02：舍入差）",
    weight: "各项分值合计 {expected}，合计写 {actual}（相差不超过 0.02：舍入差）",
    subtotal: "“{name}”各项得分合计 {expected}，小计写 {actual}（舍入差）",
    detail: "“{name}”写 {actual}，“{detailSheet}”明细得分合计 {expected}（相差不超过 0.02：舍入差）",
  },
  "fund-sum": {
    budgetInitial: "年初预算数：年度资金总额应为 {expected}（其下各项资金之和），表中为 {actual}",
    budgetAdjusted: "全年预算数：年度资金总额应为 {expected}（其下各项资金之和），表中为 {actual}",
    spent: "全年执行数：年度资金总额应为 {expected}（其下各项资金之和），表中为 {actual}",
    budget: "预算数应为 {expected}（财政资金+其他资金），表中为 {actual}",
    columns: "“{formula}”：第 {row} 行应为 {expected}，表中为 {actual}",
    rows: "“{name}”应为 {expected}（所含各行之和），表中为 {actual}",
    parts: "{column}：“{name}”应为 {expected}（{parts}之和），表中为 {actual}",
  },
  "exec-rate": {
    rate: "执行率应为 {spent}/{budget} = {expected}%，表中为 {actual}%",
    row: "“{name}”执行率应为 {spent}/{budget} = {expected}%，表中为 {actual}%",
    formula: "“{name}”执行率应为 {expected}%（按“{formula}”），表中为 {actual}%",
  },
  "exec-score": {
    capped: "预算执行率得分应为 {expected}（min(执行率 {rate}%, 1) × 分值 {weight}），表中为 {actual}",
    uncapped: "预算执行率得分应为 {expected}（执行率 {rate}% × 分值 {weight}），表中为 {actual}",
    banded: "预算执行率得分应为 {expected}（执行率 {rate}% 按档计分，分值 {weight}），表中为 {actual}",
  },
  "spend-plan": {
    over: "资金支出计划“{period}”为 {actual}%，超过 100%",
    decrease: "资金支出计划“{period}”为 {actual}%，低于上一期的 {previous}%（累计进度不应下降）",
    notFull: "资金支出计划最后一期为 {actual}%，应为 100%",
  },
  "indicator-value": {
    target: "“{name}”的指标值为空",
    actual: "“{name}”的实际完成值为空",
  },
  "target-missed-full-score": {
    quantity: "“{name}”指标值 {target}，实际 {actual}，未达成却得满分 {weight}；按完成比例应得 {expected}",
    deadline: "“{name}”要求 {target}，实际 {actual}，未按时完成却得满分 {weight}",
  },
  "overshoot-reason": { empty: "“{name}”目标 {target}，实际 {actual}，超过目标 {percent}%（≥{margin}%），原因栏为空" },
  "qualitative-band": {
    excellent: "实际完成“{actual}”，得分 {score}/{weight}（{share}%）不在 {low}%–{high}% 区间",
    good: "实际完成“{actual}”，得分 {score}/{weight}（{share}%）不在 {low}%–<{high}% 区间",
    poor: "实际完成“{actual}”，得分 {score}/{weight}（{share}%）应低于 {high}%",
  },
  "deviation-reason": { empty: "“{name}”未达成（指标值 {target}，实际 {actual}），偏差原因为空" },
  "unit-mismatch": { units: "指标值“{target}”与实际值“{actual}”单位不可比" },
  "vague-target": { placeholder: "指标值“{target}”是占位词，不是可考核的指标值" },
  "duplicate-indicator": { repeat: "三级指标“{name}”（描述相同）在本表第 {firstRow} 行已出现" },
  "missing-category": {
    quantity: "产出指标缺数量指标",
    quality: "产出指标缺质量指标",
    timeliness: "产出指标缺时效指标",
    cost: "产出指标缺成本指标",
    output: "缺产出指标",
    benefit: "缺效益指标（效果指标）",
    satisfaction: "缺满意度指标",
  },
  "weight-norm": {
    execution: "预算执行率分值 {actual}，常规为 {expected}",
    output: "{name}分值合计 {actual}，常规为 {expected}",
    benefit: "{name}分值合计 {actual}，常规为 {expected}",
    satisfaction: "{name}分值合计 {actual}，常规为 {expected}",
  },
  "copied-actual": {
    goal: "年度总体目标“实际完成情况”逐字照抄“预期目标”（{length} 字），不是完成情况",
    comparison: "“实际完成情况”逐字照抄“计划内容”（{length} 字），不是完成情况",
  },
  timeliness: {
    description: "时效指标值“{target}”与指标描述“{description}”日期不一致",
    year: "时效指标值“{target}”不在预算年度 {year} 年内",
  },
  "formula-range": {
    omits: "合计公式 ={formula} 漏掉了 {cells}",
    twice: "合计公式 ={formula} 重复计入了小计 {cells}",
  },
  "hardcoded-total": {
    score: "总分以数值“{value}”录入，本工作簿其他总分用公式计算",
    weight: "合计分值以数值“{value}”录入，本工作簿其他合计用公式计算",
    funds: "资金合计以数值“{value}”录入，本工作簿其他资金合计用公式计算",
    rate: "执行率以数值“{value}”录入，本工作簿其他执行率用公式计算",
    execScore: "执行率得分以数值“{value}”录入，本工作簿其他执行率得分用公式计算",
  },
  "formula-error": { error: "单元格显示错误值 {error}" },
  "number-as-text": { text: "数值“{text}”以文本存储（应为数字 {value}）" },
};
