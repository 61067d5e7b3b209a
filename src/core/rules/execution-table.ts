import { round } from "../findings";
import type { BudgetExecutionTable, ColumnFormula, ExecutionRow, NumberCell } from "../model";
import type { Profile } from "../profile/schema";
import { moneyDiffers } from "./funds";
import { positionKey } from "../snapshot";

/** 预算执行情况表 (budget-execution): its printed formulas row by row, and its 小计/合计 groups. */

/** A row of a 预算执行情况表 as a finding names it: its label on one line, empty when it has none, and its number. */
export type RowName = { name: string; row: number };

/** How a finding names a row (the catalogs say its number when it has no label). */
export function executionRowName(row: ExecutionRow): RowName {
  return { name: row.label?.text.replace(/\s+/g, " ") ?? "", row: row.row + 1 };
}

/** A printed formula applied to one row: the cell it declares and the cells it is computed from. */
export interface FormulaOnRow {
  formula: ColumnFormula;
  row: ExecutionRow;
  declared: NumberCell & { value: number };
  terms: { sign: 1 | -1; cell: NumberCell }[];
}

/** Every row a printed formula can be checked on: its result and every term are cells of the row, one holds a number. */
export function* formulaRows(table: BudgetExecutionTable): Generator<FormulaOnRow> {
  for (const formula of table.columnFormulas) {
    for (const row of table.executionRows) {
      const declared = row.amounts[String(formula.result)];
      const terms = formula.terms.map((t) => ({ sign: t.sign, cell: row.amounts[String(t.column)] }));
      if (declared?.value === undefined || terms.some((t) => !t.cell) || terms.every((t) => t.cell?.value === undefined)) continue;
      yield { formula, row, declared: declared as FormulaOnRow["declared"], terms: terms as FormulaOnRow["terms"] };
    }
  }
}

export const termSum = (terms: FormulaOnRow["terms"]) => round(terms.reduce((a, t) => a + t.sign * (t.cell.value ?? 0), 0), 6);

/** Result cells of printed sums that their rows break, by position: a total over them is off because of them, not by itself. */
export function brokenSums(table: BudgetExecutionTable, profile: Profile): Set<number> {
  const broken = new Set<number>();
  for (const { formula, declared, terms } of formulaRows(table)) {
    if (formula.op === "sum" && moneyDiffers(declared.value, termSum(terms), profile)) broken.add(positionKey(declared.row, declared.col));
  }
  return broken;
}

/** A 小计 or 合计 row and the rows it adds up (a 合计 adds the 小计 rows when there are any). */
export interface ExecutionGroup {
  total: ExecutionRow;
  parts: ExecutionRow[];
  /** Rows inside the parts, when the parts are 小计 rows: adding them too counts them twice. */
  inner: ExecutionRow[];
}

export function executionGroups(table: BudgetExecutionTable): ExecutionGroup[] {
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
