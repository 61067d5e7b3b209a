import type { ValueWrite } from "../plan";
import { isErrorValue, type CellValue } from "../snapshot";
import type { Language } from "./index";
import { tableKindName } from "./table-kinds";
import { fillTemplate, show } from "./template";

/** Templates by the write's reason (a rule, or "empty-total") and variant; `{name}` is replaced by its parameter. */
type ChangeCatalog = Record<string, Record<string, string>>;

/** What the written cell holds: the 含义 column of a change list. */
const MEANINGS: Record<Language, ChangeCatalog> = {
  "zh-CN": {
    "score-total": { withExecution: "总分", plain: "总分" },
    "weight-total": { declared: "合计分值" },
    "score-subtotal": { group: "“{name}”小计得分", detail: "“{name}”得分" },
    "fund-sum": {
      budgetInitial: "年初预算数合计", budgetAdjusted: "全年预算数合计", spent: "全年执行数合计", budget: "预算数",
      columns: "第 {row} 行“{formula}”", rows: "“{name}”合计",
    },
    "exec-rate": { rate: "预算执行率", row: "“{name}”执行率", formula: "“{name}”执行率" },
    "exec-score": { capped: "预算执行率得分", uncapped: "预算执行率得分", banded: "预算执行率得分" },
    grade: { band: "评价等级" },
    "empty-total": {
      totalScore: "总分", totalWeight: "合计分值", executionRate: "预算执行率", executionScore: "预算执行率得分", grade: "评价等级",
    },
  },
  "en-US": {
    "score-total": { withExecution: "total score", plain: "total score" },
    "weight-total": { declared: "total weight" },
    "score-subtotal": { group: "subtotal score of “{name}”", detail: "score of “{name}”" },
    "fund-sum": {
      budgetInitial: "total initial budget", budgetAdjusted: "total annual budget", spent: "total spent", budget: "budget",
      columns: "“{formula}” on row {row}", rows: "total of “{name}”",
    },
    "exec-rate": { rate: "budget execution rate", row: "execution rate of “{name}”", formula: "execution rate of “{name}”" },
    "exec-score": { capped: "execution-rate score", uncapped: "execution-rate score", banded: "execution-rate score" },
    grade: { band: "grade" },
    "empty-total": {
      totalScore: "total score", totalWeight: "total weight", executionRate: "budget execution rate", executionScore: "execution-rate score", grade: "grade",
    },
  },
};

/** How the new value was computed: the 原因 column of a change list, and the bracket of a corrected cell's note. */
const REASONS: Record<Language, ChangeCatalog> = {
  "zh-CN": {
    "score-total": { withExecution: "各项得分之和，含预算执行率得分", plain: "各项得分之和" },
    "weight-total": { declared: "各项分值之和" },
    "score-subtotal": { group: "各项得分之和", detail: "“{detailSheet}”明细得分之和" },
    "fund-sum": {
      budgetInitial: "其下各项资金之和", budgetAdjusted: "其下各项资金之和", spent: "其下各项资金之和", budget: "财政资金+其他资金",
      columns: "按表下公式“{formula}”", rows: "所含各行之和",
    },
    "exec-rate": { rate: "执行数 {spent} / 预算数 {budget}", row: "执行数 {spent} / 预算数 {budget}", formula: "按表下公式“{formula}”" },
    "exec-score": {
      capped: "min(执行率 {rate}%, 1) × 分值 {weight}", uncapped: "执行率 {rate}% × 分值 {weight}", banded: "执行率 {rate}% 按档计分，分值 {weight}",
    },
    grade: { band: "总分 {total} 对应的等级" },
    "empty-total": {
      totalScore: "原为空：各项得分之和", totalWeight: "原为空：各项分值之和", executionRate: "原为空：执行数 / 预算数",
      executionScore: "原为空：按执行率和分值计算", grade: "原为空：总分 {total} 对应的等级",
    },
  },
  "en-US": {
    "score-total": { withExecution: "sum of the scores, with the execution-rate score", plain: "sum of the scores" },
    "weight-total": { declared: "sum of the weights" },
    "score-subtotal": { group: "sum of the scores", detail: "sum of the detail scores on “{detailSheet}”" },
    "fund-sum": {
      budgetInitial: "sum of the source lines", budgetAdjusted: "sum of the source lines", spent: "sum of the source lines",
      budget: "fiscal + other funds", columns: "by the printed formula “{formula}”", rows: "sum of its rows",
    },
    "exec-rate": { rate: "spent {spent} / budget {budget}", row: "spent {spent} / budget {budget}", formula: "by the printed formula “{formula}”" },
    "exec-score": {
      capped: "min(rate {rate}%, 1) × weight {weight}", uncapped: "rate {rate}% × weight {weight}", banded: "rate {rate}% by bands, weight {weight}",
    },
    grade: { band: "the grade of the total {total}" },
    "empty-total": {
      totalScore: "was empty: sum of the scores", totalWeight: "was empty: sum of the weights", executionRate: "was empty: spent / budget",
      executionScore: "was empty: from the rate and the weight", grade: "was empty: the grade of the total {total}",
    },
  },
};

const WORDS: Record<Language, { empty: string; changed: string; filled: string; tableSeparator: string }> = {
  "zh-CN": { empty: "空", changed: "已由 {previous} 改为 {value}（{reason}）", filled: "已填入 {value}（{reason}）", tableSeparator: " · " },
  "en-US": { empty: "empty", changed: "Changed from {previous} to {value} ({reason})", filled: "Filled in {value} ({reason})", tableSeparator: " · " },
};

/** A change as a list shows it: 表 · 单元格 · 含义 · 原值 → 新值 · 原因, in the chosen language. */
export interface ChangeText {
  table: string;
  cell: string;
  meaning: string;
  previous: string;
  value: string;
  reason: string;
}

function pick(catalog: ChangeCatalog, v: ValueWrite): string {
  return fillTemplate(catalog[v.reason]?.[v.variant] ?? v.reason, v.params);
}

/** A cell's value as text: numbers without float noise, an empty cell as 空, an error as Excel shows it. */
export function showCellValue(value: CellValue, language: Language): string {
  if (value === null || value === "") return WORDS[language].empty;
  if (isErrorValue(value)) return value.error;
  return typeof value === "boolean" ? String(value).toUpperCase() : show(value);
}

export function describeChange(v: ValueWrite, language: Language): ChangeText {
  const table = v.table.name ?? tableKindName(v.table.kind, language);
  return {
    table: `${v.sheet}${WORDS[language].tableSeparator}${table}`,
    cell: v.cell,
    meaning: pick(MEANINGS[language], v),
    previous: showCellValue(v.previous, language),
    value: show(v.value),
    reason: pick(REASONS[language], v),
  };
}

/** What a corrected cell's note says: `已由 69 改为 96（各项得分之和）`, or `已填入 96（…）` for a cell that was empty. */
export function changeNote(v: ValueWrite, language: Language): string {
  const text = describeChange(v, language);
  const words = WORDS[language];
  const empty = v.previous === null || v.previous === "";
  return fillTemplate(empty ? words.filled : words.changed, { previous: text.previous, value: text.value, reason: text.reason });
}
