import { finding, round, type Finding } from "../findings";
import type { FundsLine, NumberCell } from "../model";
import type { Profile } from "../profile/schema";
import { executionLine, fundsBreakdowns, where, type TableRule } from "./context";

const AMOUNT_COLUMNS = ["budgetInitial", "budgetAdjusted", "spent"] as const;

export function moneyDiffers(a: number, b: number, profile: Profile): boolean {
  return Math.abs(a - b) - profile.tolerances.money > 1e-9;
}

/** 年度资金总额 = 财政拨款 + 上年结转 + 其他 per amount column; 预算数 = 财政资金 + 其他资金. Blank is 0. */
export const fundSum: TableRule = ({ table, profile }) => {
  const out: Finding[] = [];
  const total = executionLine(table);
  for (const parts of total ? fundsBreakdowns(table) : []) {
    for (const column of AMOUNT_COLUMNS) {
      const declared = total?.[column];
      const cells = parts.map((p) => p[column]).filter((c): c is NumberCell => c !== undefined);
      if (declared?.value === undefined || cells.every((c) => c.value === undefined)) continue;
      const computed = round(cells.reduce((a, c) => a + (c.value ?? 0), 0), 6);
      if (!moneyDiffers(declared.value, computed, profile)) continue;
      out.push(finding("fund-sum", where(table, declared.cell), column, { expected: computed, actual: declared.value },
        { expected: computed, actual: declared.value, related: cells.map((c) => c.cell), fix: computed }));
    }
  }
  const budget = table.budget;
  if (budget?.total.value !== undefined && (budget.fiscal?.value !== undefined || budget.other?.value !== undefined)) {
    const computed = round((budget.fiscal?.value ?? 0) + (budget.other?.value ?? 0), 6);
    if (moneyDiffers(budget.total.value, computed, profile)) {
      const related = [budget.fiscal?.cell, budget.other?.cell].filter((c): c is string => c !== undefined);
      out.push(finding("fund-sum", where(table, budget.total.cell), "budget", { expected: computed, actual: budget.total.value },
        { expected: computed, actual: budget.total.value, related, fix: computed }));
    }
  }
  return out;
};

/** 执行率 = 全年执行数 / 全年预算数, from the amounts; undefined when they are missing. */
export function executionRate(line: FundsLine | undefined): number | undefined {
  const budget = line?.budgetAdjusted?.value;
  const spent = line?.spent?.value;
  if (budget === undefined || spent === undefined || budget <= 0) return undefined;
  return spent / budget;
}

/**
 * The 执行率 a line declares, as a fraction. A %-formatted cell or the text `90%` holds 0.9 already; a plain
 * number above 2 (`90`, no % format) is a percentage typed as a number, as no real 执行率 is 9000%.
 */
export function declaredRate(line: FundsLine | undefined): { value: number; percentNumber: boolean } | undefined {
  return line?.executionRate ? rateOf(line.executionRate) : undefined;
}

/** A rate cell's value as a fraction; `percentHeader` when its header says it holds percentages (`执行率（%）`). */
export function rateOf(cell: NumberCell, percentHeader = false): { value: number; percentNumber: boolean } | undefined {
  if (cell.value === undefined) return undefined;
  const formatted = cell.numFmt?.includes("%") || cell.text.includes("%");
  const percentNumber = !formatted && (percentHeader || cell.value > 2);
  return { value: percentNumber ? cell.value / 100 : cell.value, percentNumber };
}

/** The 执行率 得分 the profile gives a rate. */
export function executionScore(rate: number, weight: number, profile: Profile): number {
  const rule = profile.executionScore;
  let share: number;
  if (rule.mode === "capped") share = Math.min(rate, 1);
  else if (rule.mode === "uncapped") share = rate;
  else share = [...rule.bands].sort((a, b) => b.minRate - a.minRate).find((b) => rate >= b.minRate - 1e-9)?.ratio ?? 0;
  return round(share * weight, profile.scoreDecimals);
}

export const percent = (rate: number) => round(rate * 100, 2);

/** 执行率 of every funds line that writes one: the total's, and a source line's where the template has one per line. */
export const execRate: TableRule = ({ table, profile }) => {
  const out: Finding[] = [];
  for (const line of table.funds) {
    const cell = line.executionRate;
    const declared = declaredRate(line);
    const computed = executionRate(line);
    if (!cell || declared === undefined || computed === undefined) continue;
    if (Math.abs(declared.value - computed) - profile.tolerances.rate <= 1e-9) continue;
    // The fix keeps the cell's own convention: 90 in a cell that holds percentages as numbers.
    const fix = declared.percentNumber ? round(computed * 100, 2) : round(computed, 4);
    out.push(finding("exec-rate", where(table, cell.cell), "rate",
      { spent: line.spent?.value ?? 0, budget: line.budgetAdjusted?.value ?? 0, expected: percent(computed), actual: percent(declared.value) },
      { expected: round(computed, 4), actual: cell.value, related: [line.spent?.cell ?? "", line.budgetAdjusted?.cell ?? ""], fix }));
  }
  return out;
};

export const execScore: TableRule = ({ table, profile }) => {
  const line = executionLine(table);
  const declared = line?.score;
  const weight = line?.weight?.value;
  const rate = executionRate(line) ?? declaredRate(line)?.value;
  if (!line || declared?.value === undefined || weight === undefined || rate === undefined) return [];
  const expected = executionScore(rate, weight, profile);
  if (Math.abs(declared.value - expected) - profile.tolerances.equal <= 1e-9) return [];
  return [finding("exec-score", where(table, declared.cell), profile.executionScore.mode,
    { rate: percent(rate), weight, expected, actual: declared.value },
    { expected, actual: declared.value, related: [line.executionRate?.cell ?? "", line.weight?.cell ?? ""], fix: expected })];
};

/** 资金支出计划: cumulative shares never decrease, never pass 100%, and end at 100%. */
export const spendPlan: TableRule = ({ table, profile }) => {
  const plan = table.spendPlan;
  if (!plan) return [];
  const shares = plan.periods.map((p) => p.share).filter((s) => s.value !== undefined);
  if (shares.length === 0) return [];
  // Shares typed as 25, 50, 75, 100 (no % format) are percentages too. Fractions may overshoot 1 (a 120% typo),
  // so a plan reads as fractions when a share is %-formatted or none exceeds 2 (200%); percent numbers end near 100.
  const fractions = shares.some((s) => s.numFmt?.includes("%")) || shares.every((s) => (s.value ?? 0) <= 2);
  const scale = fractions ? 1 : 0.01;
  const values = shares.map((s) => (s.value ?? 0) * scale);
  const tol = profile.tolerances.rate;
  for (let i = 0; i < values.length; i++) {
    const at = where(table, shares[i].cell);
    if (values[i] - 1 > tol) return [finding("spend-plan", at, "over", { period: plan.periods[i].label.text, actual: percent(values[i]) }, { actual: values[i], expected: 1 })];
    if (i > 0 && values[i - 1] - values[i] > tol) {
      return [finding("spend-plan", at, "decrease", { period: plan.periods[i].label.text, actual: percent(values[i]), previous: percent(values[i - 1]) },
        { actual: values[i], expected: values[i - 1] })];
    }
  }
  const last = shares[shares.length - 1];
  if (Math.abs(values[values.length - 1] - 1) > tol) {
    return [finding("spend-plan", where(table, last.cell), "notFull", { actual: percent(values[values.length - 1]) }, { actual: values[values.length - 1], expected: 1, fix: scale === 1 ? 1 : 100 })];
  }
  return [];
};
