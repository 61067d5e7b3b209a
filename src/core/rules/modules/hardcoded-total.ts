import type { Table } from "../../model";
import { TABLE_KINDS } from "../../table-kinds";
import { totalCells, type TotalKind } from "../mechanics";
import { defineRule } from "../rule";

type Typed = { value: string };

/** The kinds of total some table of the workbook computes with a formula. */
function kindsWithFormulas(tables: Table[]): Set<TotalKind> {
  let kinds = byWorkbook.get(tables);
  if (!kinds) {
    byWorkbook.set(tables, (kinds = new Set(tables.flatMap((t) => totalCells(t).filter(([, c]) => c.formula).map(([kind]) => kind)))));
  }
  return kinds;
}

const byWorkbook = new WeakMap<Table[], Set<TotalKind>>();

/** A total typed as a number where the same workbook computes its other totals of that kind with formulas. */
export const hardcodedTotal = defineRule<Record<TotalKind, Typed>>()({
  id: "hardcoded-total",
  severity: "info",
  appliesTo: TABLE_KINDS,
  outlivesWrite: true,
  check({ table, workbook }, report) {
    const computed = kindsWithFormulas(workbook.tables);
    for (const [kind, cell] of totalCells(table)) {
      if (!cell.formula && computed.has(kind)) report(kind, cell, { value: cell.text }, { actual: cell.value });
    }
  },
});
