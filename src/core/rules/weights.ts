import { round } from "../findings";
import type { IndicatorRow, IndicatorTable, Label, Table } from "../model";
import { positionKey, type Position } from "../snapshot";
import { compareSum, type SumComparison } from "../tolerances";
import type { Profile } from "../profile/schema";
import { executionLine, leafLabel, leafRows } from "./context";
import type { RelatedCell } from "./rule";

export const sum = (xs: number[]) => round(xs.reduce((a, b) => a + b, 0), 6);
export const weightOf = (r: IndicatorRow) => r.weight?.value ?? 0;

/** Leaf weights plus, for a 自评表, the 执行率 weight of the funds block. */
export function tableWeight(table: Table): number {
  const exec = table.kind === "self-evaluation" ? executionLine(table)?.weight?.value ?? 0 : 0;
  return sum([exec, ...leafRows(table).map(weightOf)]);
}

/** The kinds whose weights add up to a total (100 points). */
export const TOTALLED_KINDS = ["self-evaluation", "scoring", "summary"] as const satisfies readonly Table["kind"][];

/** The weight cells a table's total weight adds up: what a finding on that total rests on. */
export function leafWeightCells(table: Table): RelatedCell[] {
  return leafRows(table).map((r) => r.weight);
}

/** A declared total weight against the sum of the weights (tables whose weights are points, not percentages). */
export function declaredWeightTotal(table: IndicatorTable, profile: Profile):
  { cell: Position; declared: number; total: number; comparison: SumComparison } | undefined {
  const leaves = leafRows(table);
  const declared = table.total?.weight;
  if (table.relativeWeights || leaves.length === 0 || declared?.value === undefined) return undefined;
  const total = tableWeight(table);
  return { cell: declared, declared: declared.value, total, comparison: compareSum(declared.value, total, profile) };
}

export interface Group {
  label: Label;
  level: number;
  /** The leaf rows under the group. */
  rows: IndicatorRow[];
  /** The groups one level down (the next label present on its rows). */
  children: Group[];
  /** A weight in the parent's own 分值 cell, when the template gives it a row. */
  ownWeight?: { cell: Position; value: number };
}

/** Every parent label with its leaf rows and its child groups; a row's own deepest label is its leaf, not a group. */
export function groups(table: IndicatorTable): { all: Group[]; roots: Group[] } {
  const byCell = new Map<number, Group>();
  const roots: Group[] = [];
  for (const row of table.rows) {
    const leaf = leafLabel(row);
    let parent: Group | undefined;
    row.levels.forEach((label, level) => {
      if (!label || (label === leaf && row.parentLevel === undefined)) return;
      const key = positionKey(label.row, label.col);
      let g = byCell.get(key);
      if (!g) {
        byCell.set(key, (g = { label, level, rows: [], children: [] }));
        if (parent) parent.children.push(g);
        else roots.push(g);
      }
      if (row.parentLevel === level && row.weight?.value !== undefined) g.ownWeight = { cell: row.weight, value: row.weight.value };
      else if (row.parentLevel === undefined) g.rows.push(row);
      parent = g;
    });
  }
  return { all: [...byCell.values()], roots };
}

/** Parents that declare a weight over leaves that have weights: how many weight-sum could judge. */
export function declaredGroupCount(table: IndicatorTable): number {
  return groups(table).all.filter((g) => (g.ownWeight?.value ?? g.label.declaredWeight) !== undefined && g.rows.some((r) => r.weight?.value !== undefined)).length;
}

/** The labels one level down from a parent (or the top level), when they all declare a percentage. */
export function percentages(labels: Label[]): number[] | undefined {
  const values = labels.map((l) => (l.weightPercent ? l.declaredWeight : undefined));
  return values.length > 0 && values.every((v) => v !== undefined) ? (values as number[]) : undefined;
}
