import type { ExecutionRow, NumberCell, Table } from "../model";
import { executionGroups } from "./execution-table";
import { parseAddress, positionKey, type Position } from "../snapshot";
import { INDICATOR_TABLE_KINDS, isKindOf, PROJECT_FORM_KINDS } from "../table-kinds";
import { declaredTotal, executionLine, fundsBreakdowns, leafRows } from "./context";

/** The amount columns of a funds block that its total adds up. */
const FUNDS_COLUMNS = ["budgetInitial", "budgetAdjusted", "spent"] as const;

const REF = /\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g;

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Spreadsheet mechanics: what summing formulas add up, and which cells hold numbers or totals. */

/** What a plain summing formula adds up, as rectangles. */
export interface SummedAreas {
  has(cell: Position): boolean;
}

/**
 * The cells a plain summing formula adds up (`SUM(H14:H20)+H7`); undefined for anything else (other functions,
 * other sheets), which the engine does not second-guess.
 */
export function summedCells(formula: string): SummedAreas | undefined {
  const f = formula.toUpperCase().replace(/\s+/g, "");
  if (f.includes("!") || !/^[A-Z0-9$:+(),.]*$/.test(f)) return undefined;
  const functions = f.match(/[A-Z]+(?=\()/g) ?? [];
  if (functions.some((fn) => fn !== "SUM")) return undefined;
  const areas: Area[] = [];
  for (const m of f.matchAll(REF)) {
    const a = parseAddress(`${m[1]}${m[2]}`);
    const b = m[3] ? parseAddress(`${m[3]}${m[4]}`) : a;
    if (!a || !b) return undefined;
    areas.push({ top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) });
  }
  return { has: (p) => areas.some((r) => p.row >= r.top && p.row <= r.bottom && p.col >= r.left && p.col <= r.right) };
}

export interface FormulaSumCheck {
  total: NumberCell;
  parts: NumberCell[];
  /** Subtotals whose parts are also in `parts`: adding them too counts them twice. */
  subtotals: NumberCell[];
  /** Rows inside the parts (when the parts are 小计 rows): adding one of them too counts it twice. */
  inner: NumberCell[];
}

const defined = <T>(x: T | undefined): x is T => x !== undefined;

export function formulaSums(table: Table): FormulaSumCheck[] {
  const checks: FormulaSumCheck[] = [];
  const leaves = leafRows(table);
  const exec = table.kind === "self-evaluation" ? executionLine(table) : undefined;
  const parents = isKindOf(table, INDICATOR_TABLE_KINDS) ? table.rows.filter((r) => r.parentLevel !== undefined) : [];
  for (const side of ["weight", "score"] as const) {
    const total = declaredTotal(table)?.[side];
    if (!total?.formula) continue;
    const parts = leaves.map((r) => r[side]).filter(defined);
    const execCell = exec?.[side];
    if (execCell?.value !== undefined) parts.unshift(execCell);
    checks.push({ total, parts, subtotals: parents.map((r) => r[side]).filter(defined), inner: [] });
  }
  if (isKindOf(table, PROJECT_FORM_KINDS)) {
    const fundsTotal = executionLine(table);
    for (const column of FUNDS_COLUMNS) {
      const total = fundsTotal?.[column];
      if (!total?.formula) continue;
      // With several breakdowns of the total (按收入性质分 / 按支出性质分), the formula adds up one of them: the one it covers most.
      const summed = summedCells(total.formula);
      const breakdowns = fundsBreakdowns(table).map((lines) => lines.map((l) => l[column]).filter(defined));
      const covered = (cells: NumberCell[]) => cells.filter((c) => summed?.has(c)).length;
      const parts = breakdowns.reduce<NumberCell[]>((best, cells) => (covered(cells) > covered(best) ? cells : best), breakdowns[0] ?? []);
      checks.push({ total, parts, subtotals: [], inner: [] });
    }
  }
  if (table.kind !== "budget-execution") return checks;
  for (const group of executionGroups(table)) {
    for (const col of table.executionColumns.amounts) {
      const total = group.total.amounts[String(col)];
      if (!total?.formula) continue;
      const cells = (rows: ExecutionRow[]) => rows.map((r) => r.amounts[String(col)]).filter(defined);
      checks.push({ total, parts: cells(group.parts), subtotals: [], inner: cells(group.inner) });
    }
  }
  return checks;
}

/** Cells that hold a weight, a score or an amount. */
export function numericCells(table: Table): NumberCell[] {
  const cells: (NumberCell | undefined)[] = [];
  if (isKindOf(table, INDICATOR_TABLE_KINDS)) for (const r of table.rows) cells.push(r.weight, r.score);
  const total = declaredTotal(table);
  cells.push(total?.weight, total?.score);
  if (isKindOf(table, PROJECT_FORM_KINDS)) {
    for (const l of table.funds) cells.push(l.budgetInitial, l.budgetAdjusted, l.spent, l.weight, l.executionRate, l.score);
    if (table.budget) cells.push(table.budget.total, table.budget.fiscal, table.budget.other);
  }
  const seen = new Set<number>();
  const out: NumberCell[] = [];
  for (const c of cells) {
    if (!c) continue;
    const key = positionKey(c.row, c.col);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}

export type TotalKind = "score" | "weight" | "funds" | "rate" | "execScore";

export function totalCells(table: Table): [TotalKind, NumberCell][] {
  const out: [TotalKind, NumberCell][] = [];
  const total = declaredTotal(table);
  if (total?.score) out.push(["score", total.score]);
  if (total?.weight) out.push(["weight", total.weight]);
  const line = executionLine(table);
  for (const column of FUNDS_COLUMNS) {
    const c = line?.[column];
    if (c) out.push(["funds", c]);
  }
  if (line?.executionRate) out.push(["rate", line.executionRate]);
  if (line?.score) out.push(["execScore", line.score]);
  return out.filter(([, c]) => c.value !== undefined || c.formula);
}
