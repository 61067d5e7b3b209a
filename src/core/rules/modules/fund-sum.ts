import { round } from "../../findings";
import type { NumberCell } from "../../model";
import { PROJECT_FORM_KINDS } from "../../table-kinds";
import { executionLine, fundsBreakdowns } from "../context";
import { brokenSums, executionGroups, executionRowName, formulaRows, termSum, type RowName } from "../execution-table";
import { moneyDiffers } from "../funds";
import { defineRule } from "../rule";
import { positionKey } from "../../snapshot";

const AMOUNT_COLUMNS = ["budgetInitial", "budgetAdjusted", "spent"] as const;

type Sum = { expected: number; actual: number };

/**
 * Funds totals against their parts, blank being 0: 年度资金总额 = the source lines under it per amount column,
 * 预算数 = 财政资金 + 其他资金, a printed column formula on every row, a 小计 or 合计 row = its rows.
 */
export const fundSum = defineRule<{
  budgetInitial: Sum; budgetAdjusted: Sum; spent: Sum; budget: Sum;
  columns: Sum & RowName & { formula: string }; rows: Sum & RowName;
}>()({
  id: "fund-sum",
  severity: "error",
  appliesTo: [...PROJECT_FORM_KINDS, "budget-execution"],
  writesFix: ["budgetInitial", "budgetAdjusted", "spent", "budget", "columns", "rows"],
  check({ table, profile }, report) {
    if (table.kind !== "budget-execution") {
      const total = executionLine(table);
      for (const parts of total ? fundsBreakdowns(table) : []) {
        for (const column of AMOUNT_COLUMNS) {
          const declared = total?.[column];
          const cells = parts.map((p) => p[column]).filter((c): c is NumberCell => c !== undefined);
          if (declared?.value === undefined || cells.every((c) => c.value === undefined)) continue;
          const computed = round(cells.reduce((a, c) => a + (c.value ?? 0), 0), 6);
          if (!moneyDiffers(declared.value, computed, profile)) continue;
          report(column, declared, { expected: computed, actual: declared.value },
            { expected: computed, actual: declared.value, related: cells, fix: computed });
        }
      }
      const budget = table.budget;
      if (budget?.total.value !== undefined && (budget.fiscal?.value !== undefined || budget.other?.value !== undefined)) {
        const computed = round((budget.fiscal?.value ?? 0) + (budget.other?.value ?? 0), 6);
        if (moneyDiffers(budget.total.value, computed, profile)) {
          const related = [budget.fiscal, budget.other].filter((c): c is NumberCell => c !== undefined);
          report("budget", budget.total, { expected: computed, actual: budget.total.value },
            { expected: computed, actual: budget.total.value, related, fix: computed });
        }
      }
      return;
    }
    // Printed sums (`8=9+11+13`, `调整后预算数=年初预算+调整预算数`) on every row.
    for (const { formula, row, declared, terms } of formulaRows(table)) {
      if (formula.op !== "sum") continue;
      const computed = termSum(terms);
      if (!moneyDiffers(declared.value, computed, profile)) continue;
      report("columns", declared, { formula: formula.text, ...executionRowName(row), expected: computed, actual: declared.value },
        { expected: computed, actual: declared.value, related: terms.map((t) => t.cell), fix: computed });
    }
    // 小计 and 合计 rows per amount column (not a column a printed ratio computes).
    const cols = table.executionColumns;
    const ratios = new Set(table.columnFormulas.filter((f) => f.op === "ratio").map((f) => f.result));
    const broken = brokenSums(table, profile);
    for (const group of executionGroups(table)) {
      for (const col of cols.amounts) {
        if (ratios.has(col)) continue;
        const declared = group.total.amounts[String(col)];
        const parts = group.parts.map((r) => r.amounts[String(col)]).filter((c): c is NumberCell => c !== undefined);
        // A part its own printed formula finds wrong makes this total off too; a total the formula already reports is one finding.
        if (declared?.value === undefined || broken.has(positionKey(declared.row, declared.col)) || parts.every((c) => c.value === undefined) || parts.some((c) => broken.has(positionKey(c.row, c.col)))) continue;
        const computed = round(parts.reduce((a, c) => a + (c.value ?? 0), 0), 6);
        if (!moneyDiffers(declared.value, computed, profile)) continue;
        const line = executionRowName(group.total);
        report("rows", declared, { name: line.name, row: line.row, expected: computed, actual: declared.value },
          { expected: computed, actual: declared.value, related: parts, fix: computed });
      }
    }
  },
});
