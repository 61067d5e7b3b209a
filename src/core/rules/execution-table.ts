import { finding, round, type Finding } from "../findings";
import type { ColumnFormula, ExecutionRow, NumberCell, Table } from "../model";
import type { Profile } from "../profile/schema";
import { where, type TableRule } from "./context";
import { moneyDiffers, percent, rateOf } from "./funds";

/** 预算执行情况表 (budget-execution): printed formulas, rates and 小计/合计 sums, row by row. */

function rowName(row: ExecutionRow): string {
  return row.label?.text.replace(/\s+/g, " ") ?? `第 ${row.row + 1} 行`;
}

/** A printed formula applied to one row: the cell it declares and the cells it is computed from. */
interface FormulaOnRow {
  formula: ColumnFormula;
  row: ExecutionRow;
  declared: NumberCell & { value: number };
  terms: { sign: 1 | -1; cell: NumberCell }[];
}

/** Every row a printed formula can be checked on: its result and every term are cells of the row, one holds a number. */
function* formulaRows(table: Table): Generator<FormulaOnRow> {
  for (const formula of table.columnFormulas) {
    for (const row of table.executionRows) {
      const declared = row.amounts[String(formula.result)];
      const terms = formula.terms.map((t) => ({ sign: t.sign, cell: row.amounts[String(t.column)] }));
      if (declared?.value === undefined || terms.some((t) => !t.cell) || terms.every((t) => t.cell?.value === undefined)) continue;
      yield { formula, row, declared: declared as FormulaOnRow["declared"], terms: terms as FormulaOnRow["terms"] };
    }
  }
}

const termSum = (terms: FormulaOnRow["terms"]) => round(terms.reduce((a, t) => a + t.sign * (t.cell.value ?? 0), 0), 6);

/** Result cells of printed sums that their rows break: a total over them is off because of them, not by itself. */
function brokenSums(table: Table, profile: Profile): Set<string> {
  const broken = new Set<string>();
  for (const { formula, declared, terms } of formulaRows(table)) {
    if (formula.op === "sum" && moneyDiffers(declared.value, termSum(terms), profile)) broken.add(declared.cell);
  }
  return broken;
}

/** The printed formulas (`8=9+11+13`, `调整后预算数=年初预算+调整预算数`, `执行率=执行数/调整后预算数×100`) on every row. */
export const columnFormulas: TableRule = ({ table, profile }) => {
  const out: Finding[] = [];
  const percentHeader = table.executionColumns?.ratePercent ?? false;
  for (const { formula, row, declared, terms } of formulaRows(table)) {
    const related = terms.map((t) => t.cell.cell);
    const params = { formula: formula.text, row: row.row + 1, name: rowName(row) };
    if (formula.op === "sum") {
      const computed = termSum(terms);
      if (!moneyDiffers(declared.value, computed, profile)) continue;
      out.push(finding("fund-sum", where(table, declared.cell), "columns", { ...params, expected: computed, actual: declared.value },
        { expected: computed, actual: declared.value, related, fix: computed }));
      continue;
    }
    const [a, b] = terms.map((t) => t.cell.value ?? 0);
    if (b === 0) continue;
    const rate = a / b;
    const written = rateOf(declared, percentHeader || formula.percent);
    if (!written || Math.abs(written.value - rate) - profile.tolerances.rate <= 1e-9) continue;
    out.push(finding("exec-rate", where(table, declared.cell), "formula", { ...params, expected: percent(rate), actual: percent(written.value) },
      { expected: round(rate, 4), actual: declared.value, related, fix: written.percentNumber ? percent(rate) : round(rate, 4) }));
  }
  return out;
};

/**
 * A rate column no printed formula explains: 执行数 / 预算 on every row. With several spending columns (`预算执行数`,
 * `全年执行数`) either reading will do; only a rate that none of them gives is reported.
 */
export const executionRates: TableRule = ({ table, profile }) => {
  const cols = table.executionColumns;
  if (!cols || cols.rate === undefined || cols.budget === undefined || cols.spent.length === 0) return [];
  if (table.columnFormulas.some((f) => f.op === "ratio" && f.result === cols.rate)) return [];
  const out: Finding[] = [];
  for (const row of table.executionRows) {
    const cell = row.amounts[String(cols.rate)];
    const budget = row.amounts[String(cols.budget)]?.value;
    const written = cell ? rateOf(cell, cols.ratePercent) : undefined;
    if (!cell || !written || budget === undefined || budget <= 0) continue;
    const spentCells = cols.spent.map((c) => row.amounts[String(c)]).filter((c): c is NumberCell => c?.value !== undefined);
    if (spentCells.length === 0) continue;
    const rates = spentCells.map((c) => (c.value ?? 0) / budget);
    if (rates.some((r) => Math.abs(written.value - r) - profile.tolerances.rate <= 1e-9)) continue;
    const spent = spentCells[spentCells.length - 1];
    const rate = rates[rates.length - 1];
    out.push(finding("exec-rate", where(table, cell.cell), "row",
      { name: rowName(row), spent: spent.value ?? 0, budget, expected: percent(rate), actual: percent(written.value) },
      { expected: round(rate, 4), actual: cell.value, related: [spent.cell, row.amounts[String(cols.budget)]?.cell ?? ""],
        fix: written.percentNumber ? percent(rate) : round(rate, 4) }));
  }
  return out;
};

/** A 小计 or 合计 row and the rows it adds up (a 合计 adds the 小计 rows when there are any). */
export interface ExecutionGroup {
  total: ExecutionRow;
  parts: ExecutionRow[];
  /** Rows inside the parts, when the parts are 小计 rows: adding them too counts them twice. */
  inner: ExecutionRow[];
}

export function executionGroups(table: Table): ExecutionGroup[] {
  const rows = table.executionRows;
  const groups: ExecutionGroup[] = [];
  let details: ExecutionRow[] = [];
  const allDetails = rows.filter((r) => r.kind === "detail");
  rows.forEach((row, i) => {
    if (row.kind === "detail") details.push(row);
    else if (row.kind === "subtotal") {
      if (details.length > 0) groups.push({ total: row, parts: details, inner: [] });
      details = [];
    } else {
      // A 合计 adds what stands above it, or, when it opens the table, what stands under it: its 小计 rows and the
      // rows no 小计 covers.
      const scope = new Set(i === 0 ? rows.slice(1) : rows.slice(0, i));
      const inner = new Set(groups.filter((g) => scope.has(g.total)).flatMap((g) => g.parts));
      const parts = [...scope].filter((r) => r.kind === "subtotal" || (r.kind === "detail" && !inner.has(r)));
      if (parts.length > 0) groups.push({ total: row, parts, inner: allDetails.filter((d) => inner.has(d)) });
    }
  });
  return groups;
}

/** A 小计 or 合计 that differs from the rows it adds up, per amount column. */
export const executionSums: TableRule = ({ table, profile }) => {
  const cols = table.executionColumns;
  if (!cols) return [];
  const ratios = new Set(table.columnFormulas.filter((f) => f.op === "ratio").map((f) => f.result));
  const broken = brokenSums(table, profile);
  const out: Finding[] = [];
  for (const group of executionGroups(table)) {
    for (const col of cols.amounts) {
      if (ratios.has(col)) continue;
      const declared = group.total.amounts[String(col)];
      const parts = group.parts.map((r) => r.amounts[String(col)]).filter((c): c is NumberCell => c !== undefined);
      // A part its own printed formula finds wrong makes this total off too; a total the formula already reports is one finding.
      if (declared?.value === undefined || broken.has(declared.cell) || parts.every((c) => c.value === undefined) || parts.some((c) => broken.has(c.cell))) continue;
      const computed = round(parts.reduce((a, c) => a + (c.value ?? 0), 0), 6);
      if (!moneyDiffers(declared.value, computed, profile)) continue;
      out.push(finding("fund-sum", where(table, declared.cell), "rows", { name: rowName(group.total), expected: computed, actual: declared.value },
        { expected: computed, actual: declared.value, related: parts.map((c) => c.cell), fix: computed }));
    }
  }
  return out;
};
