import type { SheetGrid } from "../grid";
import type { ComparisonTable, IndicatorRow, IndicatorTable, Label, TextCell } from "../model";
import type { Profile } from "../profile/schema";
import type { LocatedTable } from "./find-tables";
import { isGradeRow, isSubtotalLabel, isTotalRow } from "./row-kinds";
import { levelColumns, readHeader, type ColumnMap, type HeaderInfo } from "./header-row";
import { label, leafLabel, nextFilledCol, numberCell, textCell } from "./labels";
import { weightsByContent } from "./weights-by-content";
import { compactText } from "../values/normalize";
import { addressOf, positionKey } from "../snapshot";
import { quantityOperator } from "../values/operators";

/** A table's body: indicator rows, or the rows of a comparison; the total and grade written under them. */
type Body = Pick<IndicatorTable, "rows" | "total" | "grade" | "notes" | "relativeWeights"> & Pick<ComparisonTable, "comparisonRows">;

function indicatorRow(grid: SheetGrid, r: number, cols: ColumnMap, levelCols: number[], carried: (Label | undefined)[]): IndicatorRow | undefined {
  const levels: (Label | undefined)[] = levelCols.map(() => undefined);
  const leaf = levelCols.length - 1;
  levelCols.forEach((col, i) => {
    const own = label(grid, r, col);
    if (own && grid.anchorRow(r, col) === r) {
      levels[i] = own;
      // A new parent label starts a new group: carried-down children no longer apply.
      for (let j = i + 1; j < carried.length; j++) carried[j] = undefined;
      carried[i] = own;
    } else if (own) {
      levels[i] = own;
    } else if (i < leaf) {
      levels[i] = carried[i];
    }
  });
  const pick = (col: number | undefined) => (col === undefined ? undefined : textCell(grid, r, col));
  const num = (col: number | undefined) => (col === undefined ? undefined : numberCell(grid, r, col));
  const row: IndicatorRow = {
    row: r,
    levels,
    description: pick(cols.description),
    target: withOperatorAndUnit(pick(cols.target), pick(cols.operator)?.text, pick(cols.unit)?.text),
    actual: withOperatorAndUnit(pick(cols.actual), undefined, pick(cols.unit)?.text),
    weight: num(cols.weight),
    score: num(cols.score),
    reason: pick(cols.reason),
  };
  const hasContent = levels[leaf] !== undefined || row.weight?.text || row.score?.text || row.target?.text || row.actual?.text;
  return hasContent ? row : undefined;
}

/**
 * Operator and unit written in columns of their own (`≥` | `10` | `%`) belong to the value of the same row: the
 * value reads as written together (`≥10%`), at the value's cell. A bare number takes the unit; text keeps its own.
 */
function withOperatorAndUnit(value: TextCell | undefined, operator: string | undefined, unit: string | undefined): TextCell | undefined {
  // An 指标性质 column may hold 定量/定性 or 正向/反向 instead of an operator: only a comparison joins the value.
  const op = operator && operator.length <= 6 && quantityOperator(compactText(operator)) ? operator : undefined;
  if (!value?.text || (!op && !unit)) return value;
  const bare = /^[\d.,]+$/.test(value.text);
  return { ...value, text: `${op ?? ""}${value.text}${bare && unit ? unit : ""}` };
}

/** A parent's weight in its level's own 分值 column, read at the parent label's row (the cell is merged down with it). */
function withLevelWeights(grid: SheetGrid, row: IndicatorRow, levelWeights: Map<number, number>): void {
  for (const [level, col] of levelWeights) {
    const label = row.levels[level];
    if (!label || label.weightCell !== undefined) continue;
    const cell = numberCell(grid, label.row, col);
    if (cell.value === undefined) continue;
    label.declaredWeight = cell.value;
    label.weightCell = { row: cell.row, col: cell.col };
  }
}

/**
 * Without a 分值 column the weights are in the labels, down to the leaves: points (`5.资金落实(10分)`) are the
 * leaf's weight; percentages of the parent (`1.1阶段目标的合理性（40%）`) make the table's weights relative.
 */
function weightsFromLabels(body: Body): void {
  const percent = body.rows.find((r) => r.levels.some((l) => l?.weightPercent));
  if (percent) {
    const example = percent.levels.find((l) => l?.weightPercent);
    body.relativeWeights = true;
    body.notes.push({ code: "relative-weights", cell: example && addressOf(example), params: { example: example?.text.replace(/\s+/g, "") ?? "" } });
    return;
  }
  for (const row of body.rows) {
    const leaf = leafLabel(row);
    if (row.parentLevel !== undefined || !leaf || leaf.row !== row.row || leaf.declaredWeight === undefined) continue;
    row.weight = { row: leaf.row, col: leaf.col, text: leaf.text, value: leaf.declaredWeight, fromText: false };
  }
}

/**
 * A 小计 row closes the group above it: it is that group's own line (its 分值 and 得分 declare the group's), not an
 * indicator. Written in a level's column, it closes the group one level up; in the first column, the group of the
 * row before it.
 */
function closeSubtotals(rows: IndicatorRow[], profile: Profile): void {
  let previous: IndicatorRow | undefined;
  for (const row of rows) {
    const at = row.levels.findIndex((l) => l && l.row === row.row && isSubtotalLabel(l.name, profile));
    if (at < 0) {
      previous = row;
      continue;
    }
    const level = Math.max(at - 1, 0);
    const before = previous;
    if (!before?.levels[level]) continue;
    row.levels = row.levels.map((_, j) => (j <= level ? before.levels[j] : undefined));
    row.parentLevel = level;
  }
}

/**
 * A row whose deepest label opens a group that following rows belong to, with no target or actual of its own, is
 * the group's own line: its 分值 declares the group's weight (`产出指标 | | 50`). A row whose deepest label is its
 * own (a leaf above the deepest level, `3.3社会效益（20%）` with no 三级) is an indicator.
 */
function markParentRows(rows: IndicatorRow[]): void {
  const lastUse = new Map<number, number>();
  rows.forEach((row, i) => {
    for (const l of row.levels) if (l) lastUse.set(positionKey(l.row, l.col), i);
  });
  rows.forEach((row, i) => {
    const leaf = row.levels.length - 1;
    if (leaf < 1 || row.levels[leaf] || row.target?.text || row.actual?.text) return;
    let level = leaf - 1;
    while (level >= 0 && !row.levels[level]) level--;
    const own = row.levels[level];
    if (own && own.row === row.row && (lastUse.get(positionKey(own.row, own.col)) ?? i) > i) row.parentLevel = level;
  });
}

function comparisonRow(grid: SheetGrid, r: number, cols: ColumnMap): ComparisonTable["comparisonRows"][number] | undefined {
  // 计划内容 | 实际完成情况, or the target and actual columns of a 对比表 that names them so.
  const plannedCol = cols.planContent ?? cols.target;
  const actualCol = cols.actualContent ?? cols.actual;
  if (plannedCol === undefined || actualCol === undefined) return undefined;
  const planned = textCell(grid, r, plannedCol);
  const actual = textCell(grid, r, actualCol);
  if (planned.row !== r || actual.row !== r || planned.col === actual.col || !planned.text || !actual.text) return undefined;
  const nameCol = cols.indicatorName ?? cols.indicatorContent;
  return { row: r, name: nameCol === undefined ? undefined : textCell(grid, r, nameCol), planned, actual };
}

/** Columns that must hold numbers: of several a header names (`评分要点 | 自评得分`), the one that does. */
const NUMERIC_ROLES = ["weight", "score"] as const;

function numericColumns(grid: SheetGrid, h: HeaderInfo, bottom: number): ColumnMap {
  const cols = { ...h.columns };
  for (const role of NUMERIC_ROLES) {
    const candidates = h.allColumns[role] ?? [];
    if (candidates.length < 2 || (role === "weight" && h.levelWeights)) continue;
    const numbers = (col: number) => {
      let n = 0;
      for (let r = h.lastRow + 1; r <= bottom; r++) if (typeof grid.value(r, col) === "number") n++;
      return n;
    };
    const counts = candidates.map(numbers);
    cols[role] = candidates[counts.indexOf(Math.max(...counts))];
  }
  return cols;
}

export function readBody(grid: SheetGrid, h: HeaderInfo, { bottom, totalRow, gradeRow, repeatedHeaders }: LocatedTable, profile: Profile): Body {
  const body: Body = { rows: [], comparisonRows: [], notes: [], relativeWeights: false };
  const cols = numericColumns(grid, h, bottom);
  const layouts: ColumnMap[] = [h.columns];
  const levelCols = levelColumns(h);
  const carried: (Label | undefined)[] = [];
  const repeated = new Set(repeatedHeaders);
  for (let r = h.lastRow + 1; r <= bottom; r++) {
    if (grid.isRowEmpty(r) || repeated.has(r)) continue;
    const totalLabel = r === totalRow ? isTotalRow(grid, r, h, profile) : undefined;
    if (totalLabel) {
      body.total = { row: r, label: totalLabel, weight: cols.weight !== undefined ? numberCell(grid, r, cols.weight) : undefined,
        score: cols.score !== undefined ? numberCell(grid, r, cols.score) : undefined };
      continue;
    }
    const gradeLabel = r === gradeRow ? isGradeRow(grid, r, h, profile) : undefined;
    if (gradeLabel) {
      // A blank grade is the cell right of the label (past its merge): the write plan fills it in.
      const after = (grid.merge(r, gradeLabel.col)?.right ?? gradeLabel.col) + 1;
      const col = nextFilledCol(grid, r, gradeLabel.col, h.right) ?? (after <= h.right ? after : undefined);
      if (col !== undefined) body.grade = textCell(grid, r, col);
      continue;
    }
    if (h.layout === "comparison") {
      const again = readHeader(grid, r, profile);
      if (again?.layout === "comparison") {
        layouts.unshift(again.columns);
        r = again.lastRow;
        continue;
      }
      // Real tables switch layout midway and back; a row is read with the latest header its cells fit.
      for (const layout of layouts) {
        const pair = comparisonRow(grid, r, layout);
        if (pair) {
          body.comparisonRows.push(pair);
          break;
        }
      }
      continue;
    }
    const row = indicatorRow(grid, r, cols, levelCols, carried);
    if (row && h.levelWeights) withLevelWeights(grid, row, h.levelWeights);
    if (row) body.rows.push(row);
  }
  closeSubtotals(body.rows, profile);
  markParentRows(body.rows);
  weightsByContent(grid, h, body, totalRow, profile);
  if (cols.weight === undefined && !body.notes.some((n) => n.code === "column-by-content")) weightsFromLabels(body);
  if (body.rows.length === 0 && body.comparisonRows.length === 0) body.notes.push({ code: "no-indicator-rows", params: {} });
  const expectsTotal = h.layout === "self-evaluation" || h.layout === "scoring" || h.layout === "summary";
  if (expectsTotal && !body.total) body.notes.push({ code: "no-total-row", params: {} });
  return body;
}
