import { OUT_OF_RANGE, type Finding, type ParamValue, type Severity } from "./findings";
import { renderMessage } from "./messages";
import type { NumberCell, Table, TextCell } from "./model";
import type { SheetGrid } from "./grid";
import { parseAddress, type CellValue } from "./snapshot";
import type { TableTotals } from "./totals";
import { executionLine } from "./rules/context";
import { WRITES_FIX } from "./rules/registry";

/** A value the engine computed for a cell of a table's layout. */
export interface ValueWrite {
  sheet: string;
  cell: string;
  value: ParamValue;
  previous: CellValue;
  /** Why: the rule whose fix this is, or "empty-total" for a total the table left blank. */
  reason: string;
}

/** A flagged cell: filled by severity, with the messages as its note. */
export interface Flag {
  sheet: string;
  cell: string;
  severity: Severity;
  fill: string;
  note: string;
  noteEn: string;
  rules: string[];
  /** The cell's value when validated: the Excel host refuses to flag a cell that holds something else now. */
  previous?: CellValue;
}

export interface WritePlan {
  values: ValueWrite[];
  flags: Flag[];
}

export const SEVERITY_FILL: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** A note added by this tool starts with this, so clearing removes only its own notes. */
export const NOTE_PREFIX = "【绩效表校验助手】";


type Slot = { cell: NumberCell | TextCell | undefined; value: ParamValue | undefined };

function emptyTotals(table: Table, totals: TableTotals | undefined): Slot[] {
  if (!totals) return [];
  const line = executionLine(table);
  return [
    { cell: table.total?.score, value: totals.totalScore },
    { cell: table.total?.weight, value: totals.totalWeight },
    { cell: line?.executionRate, value: totals.executionRate },
    { cell: line?.score, value: totals.executionScore },
    { cell: table.grade, value: totals.grade },
  ];
}

/**
 * The write plan: computed values for total cells (wrong ones the findings fixed, and empty ones), and a flag per
 * flagged cell. Every target is a cell of a detected table; a cell holding a formula is never written.
 */
export function buildPlan(grids: Map<string, SheetGrid>, tables: Table[], findings: Finding[], totals: TableTotals[]): WritePlan {
  const current = (sheet: string, row: number, col: number) => grids.get(sheet)?.cell(row, col);
  const values: ValueWrite[] = [];
  const planned = new Set<string>();
  const add = (sheet: string, cell: { cell: string; row: number; col: number }, value: ParamValue, reason: string) => {
    const key = `${sheet}!${cell.cell}`;
    const existing = current(sheet, cell.row, cell.col);
    // Excel holds no Infinity: a total beyond a number's range is not written.
    if (planned.has(key) || existing?.formula || (typeof value === "number" && !Number.isFinite(value))) return;
    planned.add(key);
    const previous = existing?.value ?? null;
    values.push({ sheet, cell: cell.cell, value, previous: typeof previous === "number" && !Number.isFinite(previous) ? { error: OUT_OF_RANGE } : previous, reason });
  };
  const tableByRange = new Map(tables.map((t) => [`${t.sheet}!${t.range}`, t]));
  for (const f of findings) {
    if (f.fix === undefined || !WRITES_FIX.has(f.rule)) continue;
    const table = tableByRange.get(`${f.sheet}!${f.table}`);
    const target = table && locate(table, f.cell);
    if (target) add(f.sheet, target, f.fix, f.rule);
  }
  tables.forEach((table, i) => {
    for (const { cell, value } of emptyTotals(table, totals[i])) {
      if (cell && value !== undefined && !cell.text) add(table.sheet, cell, value, "empty-total");
    }
  });
  const flags = flagsFor(findings).map((flag) => {
    const at = parseAddress(flag.cell);
    return { ...flag, previous: (at && current(flag.sheet, at.row, at.col)?.value) ?? null };
  });
  return { values, flags };
}

/** The position of an A1 address inside a table's range, or undefined when it lies outside. */
function locate(table: Table, address: string): { cell: string; row: number; col: number } | undefined {
  const p = parseAddress(address);
  if (!p || p.row < table.top || p.row > table.bottom || p.col < table.left || p.col > table.right) return undefined;
  return { cell: address, ...p };
}

function flagsFor(findings: Finding[]): Omit<Flag, "previous">[] {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.sheet}!${f.cell}`;
    const list = byCell.get(key);
    if (list) list.push(f);
    else byCell.set(key, [f]);
  }
  return [...byCell.values()].map((list) => {
    const severity = list.map((f) => f.severity).sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b])[0];
    return {
      sheet: list[0].sheet,
      cell: list[0].cell,
      severity,
      fill: SEVERITY_FILL[severity],
      note: NOTE_PREFIX + list.map((f) => renderMessage(f, "zh-CN")).join("\n"),
      noteEn: list.map((f) => renderMessage(f, "en-US")).join("\n"),
      rules: list.map((f) => f.rule),
    };
  });
}
