import type { ValueWrite, WriteReason } from "../plan";
import { isErrorValue, type CellValue } from "../snapshot";
import type { Language } from "./index";
import { ROW_NAMES } from "./row-name";
import { tableKindName } from "./table-kinds";
import { show } from "./template";

/**
 * A language's words for every reason a value is written (a rule whose fix it is, or "empty-total") and each of its
 * variants, each a function of the variant's typed parameters: the compiler checks that a catalog is total and that
 * it names only parameters the write carries.
 */
type ChangeCatalog = {
  [R in WriteReason["reason"]]: { [K in (WriteReason & { reason: R })["variant"]]: (p: (WriteReason & { reason: R; variant: K })["params"]) => string };
};

/** What the written cell holds: the 含义 column of a change list. */
const MEANINGS: Record<Language, ChangeCatalog> = {
  "zh-CN": {
    "score-total": { withExecution: () => "总分", plain: () => "总分" },
    "weight-total": { declared: () => "合计分值" },
    "score-subtotal": { group: (p) => `“${show(p.name)}”小计得分`, detail: (p) => `“${show(p.name)}”得分` },
    "fund-sum": {
      budgetInitial: () => "年初预算数合计", budgetAdjusted: () => "全年预算数合计", spent: () => "全年执行数合计", budget: () => "预算数",
      columns: (p) => `第 ${show(p.row)} 行“${show(p.formula)}”`, rows: (p) => `“${ROW_NAMES["zh-CN"](p)}”合计`,
    },
    "exec-rate": { rate: () => "预算执行率", row: (p) => `“${ROW_NAMES["zh-CN"](p)}”执行率`, formula: (p) => `“${ROW_NAMES["zh-CN"](p)}”执行率` },
    "exec-score": { capped: () => "预算执行率得分", uncapped: () => "预算执行率得分", banded: () => "预算执行率得分" },
    grade: { band: () => "评价等级" },
    "empty-total": {
      totalScore: () => "总分", totalWeight: () => "合计分值", executionRate: () => "预算执行率", executionScore: () => "预算执行率得分", grade: () => "评价等级",
    },
  },
  "en-US": {
    "score-total": { withExecution: () => "total score", plain: () => "total score" },
    "weight-total": { declared: () => "total weight" },
    "score-subtotal": { group: (p) => `subtotal score of “${show(p.name)}”`, detail: (p) => `score of “${show(p.name)}”` },
    "fund-sum": {
      budgetInitial: () => "total initial budget", budgetAdjusted: () => "total annual budget", spent: () => "total spent", budget: () => "budget",
      columns: (p) => `“${show(p.formula)}” on row ${show(p.row)}`, rows: (p) => `total of “${ROW_NAMES["en-US"](p)}”`,
    },
    "exec-rate": { rate: () => "budget execution rate", row: (p) => `execution rate of “${ROW_NAMES["en-US"](p)}”`, formula: (p) => `execution rate of “${ROW_NAMES["en-US"](p)}”` },
    "exec-score": { capped: () => "execution-rate score", uncapped: () => "execution-rate score", banded: () => "execution-rate score" },
    grade: { band: () => "grade" },
    "empty-total": {
      totalScore: () => "total score", totalWeight: () => "total weight", executionRate: () => "budget execution rate",
      executionScore: () => "execution-rate score", grade: () => "grade",
    },
  },
};

/** How the new value was computed: the 原因 column of a change list, and the bracket of a corrected cell's note. */
const REASONS: Record<Language, ChangeCatalog> = {
  "zh-CN": {
    "score-total": { withExecution: () => "各项得分之和，含预算执行率得分", plain: () => "各项得分之和" },
    "weight-total": { declared: () => "各项分值之和" },
    "score-subtotal": { group: () => "各项得分之和", detail: (p) => `“${show(p.detailSheet)}”明细得分之和` },
    "fund-sum": {
      budgetInitial: () => "其下各项资金之和", budgetAdjusted: () => "其下各项资金之和", spent: () => "其下各项资金之和", budget: () => "财政资金+其他资金",
      columns: (p) => `按表下公式“${show(p.formula)}”`, rows: () => "所含各行之和",
    },
    "exec-rate": {
      rate: (p) => `执行数 ${show(p.spent)} / 预算数 ${show(p.budget)}`, row: (p) => `执行数 ${show(p.spent)} / 预算数 ${show(p.budget)}`,
      formula: (p) => `按表下公式“${show(p.formula)}”`,
    },
    "exec-score": {
      capped: (p) => `min(执行率 ${show(p.rate)}%, 1) × 分值 ${show(p.weight)}`, uncapped: (p) => `执行率 ${show(p.rate)}% × 分值 ${show(p.weight)}`,
      banded: (p) => `执行率 ${show(p.rate)}% 按档计分，分值 ${show(p.weight)}`,
    },
    grade: { band: (p) => `总分 ${show(p.total)} 对应的等级` },
    "empty-total": {
      totalScore: () => "原为空：各项得分之和", totalWeight: () => "原为空：各项分值之和", executionRate: () => "原为空：执行数 / 预算数",
      executionScore: () => "原为空：按执行率和分值计算", grade: (p) => `原为空：总分 ${show(p.total)} 对应的等级`,
    },
  },
  "en-US": {
    "score-total": { withExecution: () => "sum of the scores, with the execution-rate score", plain: () => "sum of the scores" },
    "weight-total": { declared: () => "sum of the weights" },
    "score-subtotal": { group: () => "sum of the scores", detail: (p) => `sum of the detail scores on “${show(p.detailSheet)}”` },
    "fund-sum": {
      budgetInitial: () => "sum of the source lines", budgetAdjusted: () => "sum of the source lines", spent: () => "sum of the source lines",
      budget: () => "fiscal + other funds", columns: (p) => `by the printed formula “${show(p.formula)}”`, rows: () => "sum of its rows",
    },
    "exec-rate": {
      rate: (p) => `spent ${show(p.spent)} / budget ${show(p.budget)}`, row: (p) => `spent ${show(p.spent)} / budget ${show(p.budget)}`,
      formula: (p) => `by the printed formula “${show(p.formula)}”`,
    },
    "exec-score": {
      capped: (p) => `min(rate ${show(p.rate)}%, 1) × weight ${show(p.weight)}`, uncapped: (p) => `rate ${show(p.rate)}% × weight ${show(p.weight)}`,
      banded: (p) => `rate ${show(p.rate)}% by bands, weight ${show(p.weight)}`,
    },
    grade: { band: (p) => `the grade of the total ${show(p.total)}` },
    "empty-total": {
      totalScore: () => "was empty: sum of the scores", totalWeight: () => "was empty: sum of the weights", executionRate: () => "was empty: spent / budget",
      executionScore: () => "was empty: from the rate and the weight", grade: (p) => `was empty: the grade of the total ${show(p.total)}`,
    },
  },
};

type NoteParts = { previous: string; value: string; reason: string };

const WORDS: Record<Language, { empty: string; changed: (c: NoteParts) => string; filled: (c: NoteParts) => string; tableSeparator: string }> = {
  "zh-CN": {
    empty: "空",
    changed: (c) => `已由 ${c.previous} 改为 ${c.value}（${c.reason}）`,
    filled: (c) => `已填入 ${c.value}（${c.reason}）`,
    tableSeparator: " · ",
  },
  "en-US": {
    empty: "empty",
    changed: (c) => `Changed from ${c.previous} to ${c.value} (${c.reason})`,
    filled: (c) => `Filled in ${c.value} (${c.reason})`,
    tableSeparator: " · ",
  },
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

type Words = Record<string, Record<string, (p: WriteReason["params"]) => string>>;

function pick(catalog: ChangeCatalog, v: WriteReason): string {
  // The catalog's type pairs each variant with its own parameters; a write's union type loses that pairing.
  return (catalog as Words)[v.reason][v.variant](v.params);
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
  return (v.previous === null || v.previous === "" ? words.filled : words.changed)(text);
}
