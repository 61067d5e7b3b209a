import type { MessageCatalog } from "./catalog";
import { ROW_NAMES } from "./row-name";
import { show } from "./template";

const rowName = ROW_NAMES["zh-CN"];

export const zhCN: MessageCatalog = {
  "weight-sum": {
    children: (p) => `“${show(p.name)}”的分值应为 ${show(p.expected)}（下级分值之和），表中为 ${show(p.actual)}`,
    percent: (p) => `“${show(p.name)}”的下级占比合计为 ${show(p.actual)}%，应为 ${show(p.expected)}%`,
  },
  "weight-total": {
    declared: (p) => `合计分值应为 ${show(p.expected)}（各项分值之和），表中为 ${show(p.actual)}`,
    norm: (p) => `各项分值合计为 ${show(p.actual)}，应为 ${show(p.expected)}`,
    percent: (p) => `一级指标占比合计为 ${show(p.actual)}%，应为 ${show(p.expected)}%`,
  },
  "score-range": {
    above: (p) => `“${show(p.name)}”得分 ${show(p.actual)} 超过分值 ${show(p.weight)}`,
    negative: (p) => `“${show(p.name)}”得分 ${show(p.actual)} 小于 0`,
    notNumber: (p) => `“${show(p.name)}”的得分“${show(p.text)}”不是数字`,
    empty: (p) => `“${show(p.name)}”未填得分（分值 ${show(p.weight)}）`,
  },
  "score-total": {
    withExecution: (p) => `总分应为 ${show(p.expected)}（各项得分之和，含预算执行率得分），表中为 ${show(p.actual)}`,
    plain: (p) => `总分应为 ${show(p.expected)}（各项得分之和），表中为 ${show(p.actual)}`,
  },
  "score-subtotal": {
    group: (p) => `“${show(p.name)}”小计应为 ${show(p.expected)}（各项得分之和），表中为 ${show(p.actual)}`,
    detail: (p) => `“${show(p.name)}”得分应为 ${show(p.expected)}（“${show(p.detailSheet)}”明细得分之和），表中为 ${show(p.actual)}`,
  },
  grade: { band: (p) => `总分 ${show(p.total)} 对应等级“${show(p.expected)}”，表中为“${show(p.actual)}”` },
  "deduction-reason": { empty: (p) => `“${show(p.name)}”得分 ${show(p.score)} 低于分值 ${show(p.weight)}，扣分原因为空` },
  "rounding-drift": {
    total: (p) => `各项得分合计 ${show(p.expected)}，总分写 ${show(p.actual)}（相差不超过 0.02：舍入差）`,
    weight: (p) => `各项分值合计 ${show(p.expected)}，合计写 ${show(p.actual)}（相差不超过 0.02：舍入差）`,
    subtotal: (p) => `“${show(p.name)}”各项得分合计 ${show(p.expected)}，小计写 ${show(p.actual)}（舍入差）`,
    detail: (p) => `“${show(p.name)}”写 ${show(p.actual)}，“${show(p.detailSheet)}”明细得分合计 ${show(p.expected)}（相差不超过 0.02：舍入差）`,
  },
  "fund-sum": {
    budgetInitial: (p) => `年初预算数：年度资金总额应为 ${show(p.expected)}（其下各项资金之和），表中为 ${show(p.actual)}`,
    budgetAdjusted: (p) => `全年预算数：年度资金总额应为 ${show(p.expected)}（其下各项资金之和），表中为 ${show(p.actual)}`,
    spent: (p) => `全年执行数：年度资金总额应为 ${show(p.expected)}（其下各项资金之和），表中为 ${show(p.actual)}`,
    budget: (p) => `预算数应为 ${show(p.expected)}（财政资金+其他资金），表中为 ${show(p.actual)}`,
    columns: (p) => `“${show(p.formula)}”：第 ${show(p.row)} 行应为 ${show(p.expected)}，表中为 ${show(p.actual)}`,
    rows: (p) => `“${rowName(p)}”应为 ${show(p.expected)}（所含各行之和），表中为 ${show(p.actual)}`,
  },
  "exec-rate": {
    rate: (p) => `执行率应为 ${show(p.spent)}/${show(p.budget)} = ${show(p.expected)}%，表中为 ${show(p.actual)}%`,
    row: (p) => `“${rowName(p)}”执行率应为 ${show(p.spent)}/${show(p.budget)} = ${show(p.expected)}%，表中为 ${show(p.actual)}%`,
    formula: (p) => `“${rowName(p)}”执行率应为 ${show(p.expected)}%（按“${show(p.formula)}”），表中为 ${show(p.actual)}%`,
  },
  "exec-score": {
    capped: (p) => `预算执行率得分应为 ${show(p.expected)}（min(执行率 ${show(p.rate)}%, 1) × 分值 ${show(p.weight)}），表中为 ${show(p.actual)}`,
    uncapped: (p) => `预算执行率得分应为 ${show(p.expected)}（执行率 ${show(p.rate)}% × 分值 ${show(p.weight)}），表中为 ${show(p.actual)}`,
    banded: (p) => `预算执行率得分应为 ${show(p.expected)}（执行率 ${show(p.rate)}% 按档计分，分值 ${show(p.weight)}），表中为 ${show(p.actual)}`,
  },
  "spend-plan": {
    over: (p) => `资金支出计划“${show(p.period)}”为 ${show(p.actual)}%，超过 100%`,
    decrease: (p) => `资金支出计划“${show(p.period)}”为 ${show(p.actual)}%，低于上一期的 ${show(p.previous)}%（累计进度不应下降）`,
    notFull: (p) => `资金支出计划最后一期为 ${show(p.actual)}%，应为 100%`,
  },
  "indicator-value": {
    target: (p) => `“${show(p.name)}”的指标值为空`,
    actual: (p) => `“${show(p.name)}”的实际完成值为空`,
  },
  "target-missed-full-score": {
    quantity: (p) => `“${show(p.name)}”指标值 ${show(p.target)}，实际 ${show(p.actual)}，未达成却得满分 ${show(p.weight)}；按完成比例应得 ${show(p.expected)}`,
    deadline: (p) => `“${show(p.name)}”要求 ${show(p.target)}，实际 ${show(p.actual)}，未按时完成却得满分 ${show(p.weight)}`,
  },
  "overshoot-reason": { empty: (p) => `“${show(p.name)}”目标 ${show(p.target)}，实际 ${show(p.actual)}，超过目标 ${show(p.percent)}%（≥${show(p.margin)}%），原因栏为空` },
  "qualitative-band": {
    excellent: (p) => `实际完成“${show(p.actual)}”，得分 ${show(p.score)}/${show(p.weight)}（${show(p.share)}%）不在 ${show(p.low)}%–${show(p.high)}% 区间`,
    good: (p) => `实际完成“${show(p.actual)}”，得分 ${show(p.score)}/${show(p.weight)}（${show(p.share)}%）不在 ${show(p.low)}%–<${show(p.high)}% 区间`,
    poor: (p) => `实际完成“${show(p.actual)}”，得分 ${show(p.score)}/${show(p.weight)}（${show(p.share)}%）应低于 ${show(p.high)}%`,
  },
  "deviation-reason": { empty: (p) => `“${show(p.name)}”未达成（指标值 ${show(p.target)}，实际 ${show(p.actual)}），偏差原因为空` },
  "unit-mismatch": { units: (p) => `指标值“${show(p.target)}”与实际值“${show(p.actual)}”单位不可比` },
  "vague-target": { placeholder: (p) => `指标值“${show(p.target)}”是占位词，不是可考核的指标值` },
  "duplicate-indicator": { repeat: (p) => `三级指标“${show(p.name)}”（描述相同）在本表第 ${show(p.firstRow)} 行已出现` },
  "missing-category": {
    quantity: () => "产出指标缺数量指标",
    quality: () => "产出指标缺质量指标",
    timeliness: () => "产出指标缺时效指标",
    cost: () => "产出指标缺成本指标",
    output: () => "缺产出指标",
    benefit: () => "缺效益指标（效果指标）",
    satisfaction: () => "缺满意度指标",
  },
  "weight-norm": {
    execution: (p) => `预算执行率分值 ${show(p.actual)}，常规为 ${show(p.expected)}`,
    output: (p) => `${show(p.name)}分值合计 ${show(p.actual)}，常规为 ${show(p.expected)}`,
    benefit: (p) => `${show(p.name)}分值合计 ${show(p.actual)}，常规为 ${show(p.expected)}`,
    satisfaction: (p) => `${show(p.name)}分值合计 ${show(p.actual)}，常规为 ${show(p.expected)}`,
  },
  "copied-actual": {
    goal: (p) => `年度总体目标“实际完成情况”逐字照抄“预期目标”（${show(p.length)} 字），不是完成情况`,
    comparison: (p) => `“实际完成情况”逐字照抄“计划内容”（${show(p.length)} 字），不是完成情况`,
  },
  timeliness: {
    description: (p) => `时效指标值“${show(p.target)}”与指标描述“${show(p.description)}”日期不一致`,
    year: (p) => `时效指标值“${show(p.target)}”不在预算年度 ${show(p.year)} 年内`,
  },
  "formula-range": {
    omits: (p) => `合计公式 =${show(p.formula)} 漏掉了 ${show(p.cells)}`,
    twice: (p) => `合计公式 =${show(p.formula)} 重复计入了小计 ${show(p.cells)}`,
  },
  "hardcoded-total": {
    score: (p) => `总分以数值“${show(p.value)}”录入，本工作簿其他总分用公式计算`,
    weight: (p) => `合计分值以数值“${show(p.value)}”录入，本工作簿其他合计用公式计算`,
    funds: (p) => `资金合计以数值“${show(p.value)}”录入，本工作簿其他资金合计用公式计算`,
    rate: (p) => `执行率以数值“${show(p.value)}”录入，本工作簿其他执行率用公式计算`,
    execScore: (p) => `执行率得分以数值“${show(p.value)}”录入，本工作簿其他执行率得分用公式计算`,
  },
  "formula-error": { error: (p) => `单元格显示错误值 ${show(p.error)}` },
  "number-as-text": { text: (p) => `数值“${show(p.text)}”以文本存储（应为数字 ${show(p.value)}）` },
};
