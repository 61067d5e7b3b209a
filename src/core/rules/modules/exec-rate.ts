import { round } from "../../findings";
import type { NumberCell } from "../../model";
import { PROJECT_FORM_KINDS } from "../../table-kinds";
import { executionRowName, formulaRows, type RowName } from "../execution-table";
import { declaredRate, executionRate, percent, rateOf } from "../funds";
import { defineRule } from "../rule";

type Rate = { spent: number; budget: number; expected: number; actual: number };

/**
 * 执行率 against 执行数 / 预算: of every funds line that writes one, by a ratio printed with a 预算执行情况表, and in a
 * rate column no printed formula explains. The fix keeps the cell's own convention: 90 in a cell that holds
 * percentages as numbers.
 */
export const execRate = defineRule<{ rate: Rate; row: Rate & RowName; formula: RowName & { formula: string; expected: number; actual: number } }>()({
  id: "exec-rate",
  severity: "error",
  appliesTo: [...PROJECT_FORM_KINDS, "budget-execution"],
  writesFix: ["rate", "row", "formula"],
  check({ table, profile }, report) {
    const tolerated = (a: number, b: number) => Math.abs(a - b) - profile.tolerances.rate <= 1e-9;
    if (table.kind !== "budget-execution") {
      for (const line of table.funds) {
        const cell = line.executionRate;
        const declared = declaredRate(line);
        const computed = executionRate(line);
        if (!cell || declared === undefined || computed === undefined || tolerated(declared.value, computed)) continue;
        const fix = declared.percentNumber ? round(computed * 100, 2) : round(computed, 4);
        report("rate", cell,
          { spent: line.spent?.value ?? 0, budget: line.budgetAdjusted?.value ?? 0, expected: percent(computed), actual: percent(declared.value) },
          { expected: round(computed, 4), actual: cell.value, related: [line.spent, line.budgetAdjusted], fix });
      }
      return;
    }
    // Printed ratios (`执行率=执行数/调整后预算数×100`) on every row.
    const percentHeader = table.executionColumns.ratePercent;
    for (const { formula, row, declared, terms } of formulaRows(table)) {
      if (formula.op !== "ratio") continue;
      const [a, b] = terms.map((t) => t.cell.value ?? 0);
      if (b === 0) continue;
      const rate = a / b;
      const written = rateOf(declared, percentHeader || formula.percent);
      if (!written || tolerated(written.value, rate)) continue;
      report("formula", declared, { formula: formula.text, ...executionRowName(row), expected: percent(rate), actual: percent(written.value) },
        { expected: round(rate, 4), actual: declared.value, related: terms.map((t) => t.cell), fix: written.percentNumber ? percent(rate) : round(rate, 4) });
    }
    // A rate column no printed formula explains: with several spending columns (`预算执行数`, `全年执行数`) either
    // reading will do; only a rate that none of them gives is reported.
    const cols = table.executionColumns;
    if (cols.rate === undefined || cols.budget === undefined || cols.spent.length === 0) return;
    if (table.columnFormulas.some((f) => f.op === "ratio" && f.result === cols.rate)) return;
    for (const row of table.executionRows) {
      const cell = row.amounts[String(cols.rate)];
      const budget = row.amounts[String(cols.budget)]?.value;
      const written = cell ? rateOf(cell, cols.ratePercent) : undefined;
      if (!cell || !written || budget === undefined || budget <= 0) continue;
      const spentCells = cols.spent.map((c) => row.amounts[String(c)]).filter((c): c is NumberCell => c?.value !== undefined);
      if (spentCells.length === 0) continue;
      const rates = spentCells.map((c) => (c.value ?? 0) / budget);
      if (rates.some((r) => tolerated(written.value, r))) continue;
      const spent = spentCells[spentCells.length - 1];
      const rate = rates[rates.length - 1];
      const line = executionRowName(row);
      report("row", cell, { name: line.name, row: line.row, spent: spent.value ?? 0, budget, expected: percent(rate), actual: percent(written.value) },
        { expected: round(rate, 4), actual: cell.value, related: [spent, row.amounts[String(cols.budget)]],
          fix: written.percentNumber ? percent(rate) : round(rate, 4) });
    }
  },
});
