import { OUT_OF_RANGE, type Finding, type ParamValue, type Severity } from "./findings";
import type { NumberCell, Table, TextCell } from "./model";
import type { SheetGrid } from "./grid";
import {
  CORRECTED_FILL, SEVERITY_FILL, type CorrectedFlag, type EmptyTotalReason, type FixReason, type Flag, type ValueWrite, type WritePlan, type WriteReason,
} from "./plan";
import { addressOf, parseAddress, type CellValue, type Position } from "./snapshot";
import type { TableTotals } from "./totals";
import { declaredTotal, executionLine } from "./rules/context";
import { OUTLIVE_WRITE, writesFix } from "./rules/registry";
import { addTo } from "./group";

// Apart from plan.ts: the pages that only show or flag a plan do not load the rules its fixes come from.

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

type Slot = { cell: NumberCell | TextCell | undefined; value: ParamValue | undefined; why: EmptyTotalReason };

function emptyTotals(table: Table, totals: TableTotals | undefined): Slot[] {
  if (!totals) return [];
  const line = executionLine(table);
  const total = declaredTotal(table);
  const empty = (variant: Exclude<EmptyTotalReason["variant"], "grade">): EmptyTotalReason => ({ reason: "empty-total", variant, params: {} });
  const score = totals.totalScore;
  return [
    { cell: total?.score, value: score, why: empty("totalScore") },
    { cell: total?.weight, value: totals.totalWeight, why: empty("totalWeight") },
    { cell: line?.executionRate, value: totals.executionRate, why: empty("executionRate") },
    { cell: line?.score, value: totals.executionScore, why: empty("executionScore") },
    // A grade is computed from the total score: there is none without it.
    ...(score === undefined ? [] : [{ cell: "grade" in table ? table.grade : undefined, value: totals.grade, why: { reason: "empty-total", variant: "grade", params: { total: score } } } as const]),
  ];
}

/** Why a finding's fix is written, when the plan may write it (its rule and variant write one). */
function fixReason(f: Finding): FixReason | undefined {
  // The registry says this rule and variant write a fix; a finding's parameters are its variant's own.
  return writesFix(f.rule, f.variant) ? ({ reason: f.rule, variant: f.variant, params: f.params } as FixReason) : undefined;
}

/**
 * The write plan: computed values for total cells (wrong ones the findings fixed, and empty ones), and a flag per
 * flagged cell. Every target is a cell of a detected table; a cell holding a formula is never written.
 */
export function buildPlan(grids: Map<string, SheetGrid>, tables: Table[], findings: Finding[], totals: TableTotals[]): WritePlan {
  const current = (sheet: string, row: number, col: number) => grids.get(sheet)?.cell(row, col);
  const values: ValueWrite[] = [];
  const planned = new Set<string>();
  const add = (table: Table, at: Position, value: ParamValue, why: WriteReason) => {
    const sheet = table.sheet;
    const cell = addressOf(at);
    const key = `${sheet}!${cell}`;
    const existing = current(sheet, at.row, at.col);
    // Excel holds no Infinity: a total beyond a number's range is not written.
    if (planned.has(key) || existing?.formula || (typeof value === "number" && !Number.isFinite(value))) return;
    planned.add(key);
    const previous = existing?.value ?? null;
    values.push({
      sheet, cell, value, previous: typeof previous === "number" && !Number.isFinite(previous) ? { error: OUT_OF_RANGE } : previous,
      ...why, table: { range: table.range, kind: table.kind, ...(table.name ? { name: table.name } : {}) },
    });
  };
  const tableByRange = new Map(tables.map((t) => [`${t.sheet}!${t.range}`, t]));
  for (const f of findings) {
    const why = fixReason(f);
    if (f.fix === undefined || !why) continue;
    const table = tableByRange.get(`${f.sheet}!${f.table}`);
    const target = table && locate(table, f.cell);
    if (table && target) add(table, target, f.fix, why);
  }
  tables.forEach((table, i) => {
    for (const { cell, value, why } of emptyTotals(table, totals[i])) {
      if (cell && value !== undefined && !cell.text) add(table, cell, value, why);
    }
  });
  const previous = (sheet: string, address: string) => {
    const at = parseAddress(address);
    return (at && current(sheet, at.row, at.col)?.value) ?? null;
  };
  return { values, flags: flagsFor(findings, values, previous) };
}

/** The position of an A1 address inside a table's range, or undefined when it lies outside. */
function locate(table: Table, address: string): Position | undefined {
  const p = parseAddress(address);
  if (!p || p.row < table.top || p.row > table.bottom || p.col < table.left || p.col > table.right) return undefined;
  return p;
}

const topSeverity = (list: Finding[]) => list.map((f) => f.severity).sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b])[0];

/**
 * The written value settles every finding about what the cell held (the fixed total, a number stored as text…): the
 * note says what changed (`已由 69 改为 96（各项得分之和）`) above the findings still open, if any.
 */
function correctedFlag(list: Finding[], write: ValueWrite): CorrectedFlag {
  const open = list.filter((f) => OUTLIVE_WRITE.has(f.rule));
  const severity = topSeverity(open.length > 0 ? open : list);
  return {
    severity,
    fill: open.length > 0 ? SEVERITY_FILL[severity] : CORRECTED_FILL,
    findings: open,
    written: write,
    corrected: open.length === 0,
  };
}

function flagsFor(findings: Finding[], values: ValueWrite[], previous: (sheet: string, cell: string) => CellValue): Flag[] {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) addTo(byCell, `${f.sheet}!${f.cell}`, f);
  const fixes = new Map(values.filter((v) => v.reason !== "empty-total").map((v) => [`${v.sheet}!${v.cell}`, v]));
  return [...byCell.entries()].map(([key, list]) => {
    const severity = topSeverity(list);
    const write = fixes.get(key);
    return {
      sheet: list[0].sheet,
      cell: list[0].cell,
      severity,
      fill: SEVERITY_FILL[severity],
      findings: list,
      rules: list.map((f) => f.rule),
      afterWrite: write && list.some((f) => f.rule === write.reason) ? correctedFlag(list, write) : undefined,
      previous: previous(list[0].sheet, list[0].cell),
    };
  });
}

