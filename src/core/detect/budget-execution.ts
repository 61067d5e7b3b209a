import type { SheetGrid } from "../grid";
import type { BudgetExecutionTable, ColumnFormula, ExecutionColumns, ExecutionRow } from "../model";
import type { ColumnRole, Profile } from "../profile/schema";
import type { Position } from "../snapshot";
import { compactText } from "../values/normalize";
import { parseNumberCell } from "../values/numbers";
import { headerRole, headerWords, isWord } from "./headers";
import type { HeaderInfo } from "./header-row";
import { isSubtotalLabel } from "./row-kinds";
import { numberCell, textCell } from "./labels";

/** A numbering row numbers at least this many columns. */
const MIN_NUMBERED = 4;

/** Column numbers of a numbering row (`1 2 3 … n`, as numbers or text), by column index; undefined when it is not one. */
export function columnNumbers(grid: SheetGrid, row: number): Map<number, number> | undefined {
  const cells = grid.rowCells(row);
  if (cells.length < MIN_NUMBERED) return undefined;
  const numbers = new Map<number, number>();
  for (const c of cells) {
    if (c.value === null) continue;
    const n = parseNumberCell(c.value)?.value;
    if (n === undefined || !Number.isInteger(n) || n < 1) return undefined;
    numbers.set(n, c.col);
  }
  if (numbers.size < MIN_NUMBERED) return undefined;
  for (let n = 1; n <= numbers.size; n++) if (!numbers.has(n)) return undefined;
  return numbers;
}

function hasTitle(grid: SheetGrid, row: number, profile: Profile): boolean {
  for (let r = row - 1; r >= Math.max(0, row - 6); r--) {
    for (const c of grid.rowCells(r)) {
      const t = grid.compact(c.row, c.col);
      if (profile.synonyms.titles["budget-execution"].some((w) => t.includes(w))) return true;
    }
  }
  return false;
}

function headerExtent(grid: SheetGrid, first: number, last: number): { left: number; right: number } {
  let left = Infinity;
  let right = -Infinity;
  for (let r = first; r <= last; r++) {
    for (const c of grid.rowCells(r)) {
      const m = grid.merge(c.row, c.col);
      left = Math.min(left, m ? m.left : c.col);
      right = Math.max(right, m ? m.right : c.col);
    }
  }
  return { left, right };
}

/** The header of a 预算执行情况表 whose words say little: text header rows closed by a numbering row, under a title naming the kind. */
export function readBudgetExecutionHeader(grid: SheetGrid, row: number, profile: Profile): HeaderInfo | undefined {
  const numbers = columnNumbers(grid, row);
  if (!numbers || !hasTitle(grid, row, profile)) return undefined;
  let first = row;
  while (first - 1 >= 0 && !grid.isRowEmpty(first - 1) && !columnNumbers(grid, first - 1) && grid.rowCells(first - 1).length > 1) first--;
  return { layout: "budget-execution", row: first, lastRow: row, ...headerExtent(grid, first, row), columns: {}, allColumns: {}, texts: new Map() };
}

/** A numbering row right under a header band belongs to the header. */
export function withNumberingRow(grid: SheetGrid, h: HeaderInfo): HeaderInfo {
  return h.layout === "budget-execution" && columnNumbers(grid, h.lastRow + 1) ? { ...h, lastRow: h.lastRow + 1 } : h;
}

/** `19=7-1`, `8=9+11+13`, `18=8/1*100%` inside a note. */
const NUMBERED = /(\d+)\s*=\s*(\d+\s*\/\s*\d+(?:\s*[*×]\s*100\s*%?)?|\d+(?:\s*[+-]\s*\d+)*)/g;

export function isFormulaNote(text: string): boolean {
  NUMBERED.lastIndex = 0;
  return NUMBERED.test(text) || /^\s*注/.test(text);
}

type Resolve = (name: string) => number | undefined;

function formula(cell: Position, text: string, result: number, expr: string, resolve: Resolve): ColumnFormula | undefined {
  const percent = /[*×]100%?$/.test(expr) || /×100|\*100/.test(expr);
  const body = expr.replace(/[*×]100%?$/, "");
  const ratio = /^([^/+]+)\/([^/+]+)$/.exec(body);
  if (ratio) {
    const [a, b] = [resolve(ratio[1]), resolve(ratio[2])];
    if (a === undefined || b === undefined) return undefined;
    return { cell, text, result, op: "ratio", terms: [{ column: a, sign: 1 }, { column: b, sign: 1 }], percent };
  }
  const terms: ColumnFormula["terms"] = [];
  for (const m of body.matchAll(/([+-]?)([^+-]+)/g)) {
    const column = resolve(m[2]);
    if (column === undefined) return undefined;
    terms.push({ column, sign: m[1] === "-" ? -1 : 1 });
  }
  return terms.length > 1 ? { cell, text, result, op: "sum", terms, percent: false } : undefined;
}

/** Formulas over numbered columns (`8=9+11+13`), translated to column indexes. */
function numberedFormulas(cell: Position, text: string, numbers: Map<number, number>): ColumnFormula[] {
  const out: ColumnFormula[] = [];
  const resolve: Resolve = (n) => numbers.get(Number(n));
  for (const m of text.matchAll(NUMBERED)) {
    const result = resolve(m[1]);
    const f = result === undefined ? undefined : formula(cell, text, result, m[2].replace(/\s+/g, ""), resolve);
    if (f) out.push(f);
  }
  return out;
}

/** Formulas that name the headers: `调整后预算数=年初预算+调整预算数；预算执行率(%)=预算执行数/调整后预算数×100`. */
function namedFormulas(cell: Position, text: string, resolve: Resolve): ColumnFormula[] {
  const out: ColumnFormula[] = [];
  for (const clause of compactText(text).replace(/^注[:：]?/, "").split(/[;；。,，]/)) {
    const eq = /^([^=]+)=([^=]+)$/.exec(clause);
    if (!eq) continue;
    const result = resolve(eq[1]);
    const f = result === undefined ? undefined : formula(cell, text, result, eq[2], resolve);
    if (f) out.push(f);
  }
  return out;
}

/** A column by the name a note gives it: the same header words, else the one column of the role the name has. */
function columnResolver(h: HeaderInfo, profile: Profile): Resolve {
  const byWords = new Map<string, number>();
  for (const [col, text] of h.texts) byWords.set(headerWords(text), col);
  return (name) => {
    const words = headerWords(compactText(name));
    const exact = byWords.get(words);
    if (exact !== undefined) return exact;
    const role = headerRole(words, profile);
    const cols = role ? h.allColumns[role] : undefined;
    return cols?.length === 1 ? cols[0] : undefined;
  };
}

const AMOUNT_ROLES: ColumnRole[] = ["budgetInitial", "budgetAdjustment", "budgetAdjusted", "spent"];

/** Amount columns: every numbered column when the header is numbered, else the columns whose headers name an amount. */
function executionColumns(h: HeaderInfo, numbered: number[]): ExecutionColumns {
  const rate = h.columns.executionRate;
  const named = AMOUNT_ROLES.flatMap((r) => h.allColumns[r] ?? []);
  const amounts = (numbered.length > 0 ? numbered.filter((c) => c !== rate) : named).sort((a, b) => a - b);
  const rateHeader = rate === undefined ? "" : h.texts.get(rate) ?? "";
  return {
    amounts,
    budget: h.columns.budgetAdjusted ?? h.columns.budgetInitial,
    spent: h.allColumns.spent ?? [],
    rate,
    ratePercent: /\(%\)|×100|\*100/.test(rateHeader),
  };
}

function executionRowKind(grid: SheetGrid, row: number, profile: Profile): { kind: ExecutionRow["kind"]; label?: number } {
  let label: number | undefined;
  for (const c of grid.rowCells(row)) {
    if (typeof c.value !== "string" || parseNumberCell(c.value) !== undefined) continue;
    const t = grid.compact(c.row, c.col);
    if (!t) continue;
    if (isSubtotalLabel(t, profile)) return { kind: "subtotal", label: c.col };
    if (isWord(t, profile.synonyms.totalLabels, profile)) return { kind: "total", label: c.col };
    label ??= c.col;
  }
  return { kind: "detail", label };
}

/** Rows between the header and the table's last row, and the formulas printed in the notes under it. */
export function readBudgetExecution(
  grid: SheetGrid,
  h: HeaderInfo,
  bottom: number,
  profile: Profile,
): Pick<BudgetExecutionTable, "executionRows" | "columnFormulas" | "executionColumns"> {
  const numbers = columnNumbers(grid, h.lastRow) ?? undefined;
  const columns = executionColumns(h, numbers ? [...numbers.values()] : []);
  const read = [...columns.amounts, ...(columns.rate !== undefined && !columns.amounts.includes(columns.rate) ? [columns.rate] : [])];
  const executionRows: ExecutionRow[] = [];
  for (let r = h.lastRow + 1; r <= bottom; r++) {
    if (grid.isRowEmpty(r)) continue;
    const amounts: ExecutionRow["amounts"] = {};
    for (const col of read) amounts[String(col)] = numberCell(grid, r, col);
    const { kind, label } = executionRowKind(grid, r, profile);
    executionRows.push({ row: r, kind, label: label === undefined ? undefined : textCell(grid, r, label), amounts });
  }
  const resolve = columnResolver(h, profile);
  const columnFormulas: ColumnFormula[] = [];
  for (let r = bottom + 1; r <= bottom + 8 && r < grid.rowCount; r++) {
    for (const c of grid.rowCells(r)) {
      if (typeof c.value !== "string") continue;
      const at = { row: c.row, col: c.col };
      columnFormulas.push(...(numbers ? numberedFormulas(at, c.value, numbers) : namedFormulas(at, c.value, resolve)));
    }
  }
  return { executionRows, columnFormulas, executionColumns: columns };
}
