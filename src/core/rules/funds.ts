import { round } from "../findings";
import type { FundsLine, NumberCell } from "../model";
import type { Profile } from "../profile/schema";

export function moneyDiffers(a: number, b: number, profile: Profile): boolean {
  return Math.abs(a - b) - profile.tolerances.money > 1e-9;
}

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
