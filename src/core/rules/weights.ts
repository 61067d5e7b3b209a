import { finding, round, type Finding } from "../findings";
import type { IndicatorRow, Label, Table } from "../model";
import { compareSum } from "../tolerances";
import type { Profile } from "../profile/schema";
import { categoryOf, executionLine, leafLabel, leafRows, where, type Category, type RuleContext, type TableRule } from "./context";

const sum = (xs: number[]) => round(xs.reduce((a, b) => a + b, 0), 6);
const weightOf = (r: IndicatorRow) => r.weight?.value ?? 0;

/** Leaf weights plus, for a 自评表, the 执行率 weight of the funds block. */
export function tableWeight(table: Table): number {
  const exec = table.kind === "self-evaluation" ? executionLine(table)?.weight?.value ?? 0 : 0;
  return sum([exec, ...leafRows(table).map(weightOf)]);
}

export const weightTotal: TableRule = ({ table, profile }) => {
  if (table.kind !== "self-evaluation" && table.kind !== "scoring" && table.kind !== "summary") return [];
  if (table.relativeWeights) return relativeWeightTotal(table, profile);
  const leaves = leafRows(table);
  if (leaves.length === 0) return [];
  const total = tableWeight(table);
  const related = leaves.map((r) => r.weight?.cell ?? "");
  const declared = table.total?.weight;
  if (declared?.value !== undefined) {
    const cmp = compareSum(declared.value, total, profile);
    if (cmp === "off") {
      return [finding("weight-total", where(table, declared.cell), "declared", { expected: total, actual: declared.value },
        { expected: total, actual: declared.value, related, fix: total })];
    }
    if (cmp === "drift") {
      return [finding("rounding-drift", where(table, declared.cell), "weight", { expected: total, actual: declared.value },
        { expected: total, actual: declared.value, related })];
    }
  }
  if (compareSum(total, profile.totalWeight, profile) === "equal") return [];
  const anchor = declared?.value !== undefined ? declared.cell : table.headerAnchor;
  return [finding("weight-total", where(table, anchor), "norm", { expected: profile.totalWeight, actual: total },
    { expected: profile.totalWeight, actual: total, related })];
};

/** The top-level shares of a table whose weights are percentages add up to 100%. */
function relativeWeightTotal(table: Table, profile: Profile): Finding[] {
  const tops = [...new Map(table.rows.map((r) => r.levels.find((l) => l !== undefined)).filter((l): l is Label => l !== undefined).map((l) => [l.cell, l])).values()];
  const shares = percentages(tops);
  if (!shares) return [];
  const total = sum(shares);
  if (compareSum(total, 100, profile) !== "off") return [];
  return [finding("weight-total", where(table, table.headerAnchor), "percent", { expected: 100, actual: total },
    { expected: 100, actual: total, related: tops.map((l) => l.cell) })];
}

interface Group {
  label: Label;
  level: number;
  /** The leaf rows under the group. */
  rows: IndicatorRow[];
  /** The groups one level down (the next label present on its rows). */
  children: Group[];
  /** A weight in the parent's own 分值 cell, when the template gives it a row. */
  ownWeight?: { cell: string; value: number };
}

/** Every parent label with its leaf rows and its child groups; a row's own deepest label is its leaf, not a group. */
function groups(table: Table): { all: Group[]; roots: Group[] } {
  const byCell = new Map<string, Group>();
  const roots: Group[] = [];
  for (const row of table.rows) {
    const leaf = leafLabel(row);
    let parent: Group | undefined;
    row.levels.forEach((label, level) => {
      if (!label || (label === leaf && row.parentLevel === undefined)) return;
      let g = byCell.get(label.cell);
      if (!g) {
        byCell.set(label.cell, (g = { label, level, rows: [], children: [] }));
        if (parent) parent.children.push(g);
        else roots.push(g);
      }
      if (row.parentLevel === level && row.weight?.value !== undefined) g.ownWeight = { cell: row.weight.cell, value: row.weight.value };
      else if (row.parentLevel === undefined) g.rows.push(row);
      parent = g;
    });
  }
  return { all: [...byCell.values()], roots };
}

/** A parent weight (in its label or its own 分值 cell) that matches neither its direct children nor its leaves. */
export const weightSum: TableRule = ({ table, profile }) => {
  if (table.relativeWeights) return relativeWeightSum(table, profile);
  const out: Finding[] = [];
  for (const g of groups(table).all) {
    const declared = g.ownWeight?.value ?? g.label.declaredWeight;
    // Without leaf weights there is nothing to compare a parent's weight with.
    if (declared === undefined || !g.rows.some((r) => r.weight?.value !== undefined)) continue;
    const leaves = sum(g.rows.map(weightOf));
    const children = g.children.filter((c) => c.rows.length > 0);
    const childWeights = children.map((c) => c.ownWeight?.value ?? c.label.declaredWeight);
    const direct = children.length > 0 && childWeights.every((w) => w !== undefined) ? sum(childWeights as number[]) : leaves;
    if (compareSum(declared, leaves, profile) !== "off" || compareSum(declared, direct, profile) !== "off") continue;
    const cell = g.ownWeight?.cell ?? g.label.weightCell ?? g.label.cell;
    out.push(finding("weight-sum", where(table, cell), "children", { name: g.label.name, expected: leaves, actual: declared },
      { expected: leaves, actual: declared, related: g.rows.map((r) => r.weight?.cell ?? "") }));
  }
  return out;
};

/** Parents that declare a weight over leaves that have weights: how many weight-sum could judge. */
export function declaredGroupCount(table: Table): number {
  return groups(table).all.filter((g) => (g.ownWeight?.value ?? g.label.declaredWeight) !== undefined && g.rows.some((r) => r.weight?.value !== undefined)).length;
}

/** The labels one level down from a parent (or the top level), when they all declare a percentage. */
function percentages(labels: Label[]): number[] | undefined {
  const values = labels.map((l) => (l.weightPercent ? l.declaredWeight : undefined));
  return values.length > 0 && values.every((v) => v !== undefined) ? (values as number[]) : undefined;
}

/** Percentages of the parent: each parent's children add up to 100%, whatever the parent's own share. */
function relativeWeightSum(table: Table, profile: Profile): Finding[] {
  const out: Finding[] = [];
  for (const g of groups(table).all) {
    // Direct children: the child groups and the leaves that stand right under the parent, not under a child group.
    const grouped = new Set(g.children.flatMap((c) => c.rows));
    const leaves = g.rows.filter((r) => !grouped.has(r)).map((r) => leafLabel(r)).filter((l): l is Label => l !== undefined && l !== g.label);
    const children = [...g.children.map((c) => c.label), ...leaves];
    const distinct = [...new Map(children.map((l) => [l.cell, l])).values()];
    const shares = percentages(distinct);
    if (!shares) continue;
    const total = sum(shares);
    if (compareSum(total, 100, profile) !== "off") continue;
    out.push(finding("weight-sum", where(table, g.label.cell), "percent", { name: g.label.name, expected: 100, actual: total },
      { expected: 100, actual: total, related: distinct.map((l) => l.cell) }));
  }
  return out;
}

const NORM_GROUPS = ["output", "benefit", "satisfaction"] as const satisfies readonly Category[];

/** A 自评表's group weights against the profile's norm (执行率 / 产出 / 效益 / 满意度). */
export const weightNorm: TableRule = ({ table, profile }: RuleContext) => {
  if (table.kind !== "self-evaluation") return [];
  const out: Finding[] = [];
  const exec = executionLine(table)?.weight;
  if (exec?.value !== undefined && compareSum(exec.value, profile.weightNorm.execution, profile) === "off") {
    out.push(finding("weight-norm", where(table, exec.cell), "execution", { expected: profile.weightNorm.execution, actual: exec.value },
      { expected: profile.weightNorm.execution, actual: exec.value }));
  }
  for (const category of NORM_GROUPS) {
    const rows = leafRows(table).filter((r) => categoryOf(r.levels[0]?.name, [...NORM_GROUPS], profile) === category);
    if (rows.length === 0) continue;
    const total = sum(rows.map(weightOf));
    const norm = profile.weightNorm[category];
    if (compareSum(total, norm, profile) !== "off") continue;
    const first = rows[0].levels[0];
    if (!first) continue;
    out.push(finding("weight-norm", where(table, first.cell), category, { name: first.name, expected: norm, actual: total },
      { expected: norm, actual: total, related: rows.map((r) => r.weight?.cell ?? "") }));
  }
  return out;
};
