import { showsNothing, type SheetGrid } from "../grid";
import type { TableKind } from "../model";
import type { ColumnRole, Profile } from "../profile/schema";
import { parseNumberCell } from "../values/numbers";
import { headerRole } from "./headers";
import { mayStartHeader, rowKind } from "./row-kinds";

export type ColumnMap = Partial<Record<ColumnRole, number>>;

export interface HeaderInfo {
  /** The kind of table the columns alone say; the table's kind is decided from it and the rest of the evidence (`tableKind`). */
  layout: TableKind;
  /** First header row. */
  row: number;
  /** Last header row (a header band has 1–3 rows: `指标值` over `年度指标值 | 全年实际值`). */
  lastRow: number;
  left: number;
  right: number;
  /** One column per role: the first met, left to right. */
  columns: ColumnMap;
  /** Every column of each role, left to right (a role met twice: `预算执行数 … 全年执行数`, a 分值 after each level). */
  allColumns: Partial<Record<ColumnRole, number[]>>;
  /** Header text of each column (the deepest band cell over it), compact. */
  texts: Map<number, string>;
  /** A 分值 column right after a parent level's column (一级 | 分值 | 二级 | 分值 | …): that level's weights, by level index. */
  levelWeights?: Map<number, number>;
}

const LEVELS = ["level1", "level2", "level3", "level4"] as const;
const MAX_BAND_ROWS = 3;
/** Header cells are short; a longer text is a sentence of the body. */
const MAX_HEADER_TEXT = 24;

interface BandCell {
  col: number;
  right: number;
  bottom: number;
  text: string;
  role?: ColumnRole;
}

function bandCells(grid: SheetGrid, row: number, profile: Profile): BandCell[] {
  const out: BandCell[] = [];
  for (const cell of grid.rowCells(row)) {
    const text = grid.compact(cell.row, cell.col);
    if (!text) continue;
    const m = grid.merge(cell.row, cell.col);
    out.push({ col: m ? m.left : cell.col, right: m ? m.right : cell.col, bottom: m ? m.bottom : cell.row, text, role: headerRole(text, profile) });
  }
  return out;
}

/** A row that can be part of a header band: texts only, all short (no amounts, no sentences). */
function headerLike(grid: SheetGrid, row: number, cells: BandCell[]): boolean {
  for (const c of grid.rowCells(row)) {
    if (showsNothing(c)) continue;
    if (typeof c.value !== "string" || parseNumberCell(c.value) !== undefined) return false;
  }
  return cells.every((c) => c.text.length <= MAX_HEADER_TEXT);
}

/** Rows of the header band starting at `row`: the next row joins when a role cell spans down into it, or every text in it names a role. */
function bandRows(grid: SheetGrid, row: number, profile: Profile): BandCell[][] {
  const band = [bandCells(grid, row, profile)];
  for (let r = row + 1; r < row + MAX_BAND_ROWS; r++) {
    const cells = bandCells(grid, r, profile);
    const spansDown = band.some((cs) => cs.some((c) => c.role !== undefined && c.bottom >= r));
    const allRoles = cells.length > 0 && cells.every((c) => c.role !== undefined);
    if (!(spansDown || allRoles) || !headerLike(grid, r, cells)) break;
    band.push(cells);
  }
  // A trailing empty row under cells merged down belongs to the band only as their lower half.
  while (band.length > 1 && band[band.length - 1].length === 0) band.pop();
  return band;
}

/** Roles by column: a deeper band cell refines the one above it (`指标值` over `年度指标值 | 全年实际值`). */
function resolveColumns(band: BandCell[][]): { roles: Map<number, ColumnRole>; texts: Map<number, string> } {
  const roles = new Map<number, ColumnRole>();
  const texts = new Map<number, string>();
  for (const cells of band) {
    for (const c of cells) {
      texts.set(c.col, c.text);
      if (c.role) roles.set(c.col, c.role);
      else if (roles.has(c.col) && c.right === c.col) roles.delete(c.col);
    }
  }
  return { roles, texts };
}

/** The layout the header's columns say, if they make a table's header at all. */
function classify(has: (r: ColumnRole) => boolean): TableKind | undefined {
  const levels = LEVELS.some(has);
  const names = has("indicatorName") || has("indicatorContent");
  if (has("evaluationContent") && has("weight") && has("score")) return "summary";
  if ((levels || names) && (has("planContent") || has("target")) && has("actualContent") && !has("weight") && !has("score")) return "comparison";
  if (!levels && !names) {
    // A funds table: amounts and their execution, without the 分值/得分 of a 自评表's funds block.
    const amounts = (["budgetInitial", "budgetAdjusted", "budgetAdjustment", "spent", "executionRate"] as const).filter(has).length;
    if (amounts >= 3 && has("spent") && !has("weight") && !has("score")) return "budget-execution";
    return undefined;
  }
  if (!levels && !has("weight") && !has("score") && !has("target")) return undefined;
  if (has("target") && (has("progress") || has("forecast"))) return "monitoring";
  if (has("target") && (has("score") || has("actual"))) return "self-evaluation";
  if (has("target")) return "target";
  if (has("weight") || has("score")) return "scoring";
  return undefined;
}

/** The header of a table starting at `row`, or undefined when the row is not one. */
export function readHeader(grid: SheetGrid, row: number, profile: Profile): HeaderInfo | undefined {
  // Most rows hold amounts or scores, or too few headers: the row's kind tells them apart before its cells are read again.
  if (!mayStartHeader(rowKind(grid, row, profile))) return undefined;
  const band = bandRows(grid, row, profile);
  const { roles, texts } = resolveColumns(band);
  if (roles.size < 3) return undefined;
  const allColumns: HeaderInfo["allColumns"] = {};
  for (const [col, role] of [...roles].sort((a, b) => a[0] - b[0])) (allColumns[role] ??= []).push(col);
  const has = (r: ColumnRole) => allColumns[r] !== undefined;
  const layout = classify(has);
  if (!layout) return undefined;
  const columns: ColumnMap = {};
  for (const [role, cols] of Object.entries(allColumns) as [ColumnRole, number[]][]) columns[role] = cols[0];
  // `绩效指标` merged down the left of `指标名称`: the block's label; the name column is the last one.
  const names = allColumns.indicatorName;
  if (names) columns.indicatorName = names[names.length - 1];
  // 年初指标值 | 调整指标值: the adjusted target is the one the year is judged by.
  const adjusted = allColumns.target?.find((c) => texts.get(c)?.includes("调整"));
  if (adjusted !== undefined) columns.target = adjusted;
  const levelWeights = perLevelWeights(allColumns);
  if (levelWeights) columns.weight = allColumns.weight?.[allColumns.weight.length - 1];
  let left = Infinity;
  let right = -Infinity;
  for (const cells of band) {
    for (const c of cells) {
      left = Math.min(left, c.col);
      right = Math.max(right, c.right);
    }
  }
  // Header cells merged over a lower row left empty: that row is the band's lower half.
  let lastRow = row + band.length - 1;
  const reach = Math.min(Math.max(...band[0].filter((c) => c.role).map((c) => c.bottom)), row + MAX_BAND_ROWS - 1);
  while (lastRow < reach && grid.isRowEmpty(lastRow + 1)) lastRow++;
  return { layout, row, lastRow, left, right, columns, allColumns, texts, ...(levelWeights ? { levelWeights } : {}) };
}

/** Weight columns after each level (一级 | 分值 | 二级 | 分值 | 三级 | 分值): all but the deepest declare parents' weights. */
function perLevelWeights(all: HeaderInfo["allColumns"]): Map<number, number> | undefined {
  const weights = all.weight ?? [];
  const levels = LEVELS.map((l) => all[l]?.[0]).filter((c): c is number => c !== undefined).sort((a, b) => a - b);
  if (weights.length < 2 || levels.length < 2) return undefined;
  const out = new Map<number, number>();
  for (const w of weights.slice(0, -1)) {
    const level = levels.filter((c) => c < w).length - 1;
    if (level < 0 || out.has(level)) return undefined;
    out.set(level, w);
  }
  return out;
}

/** The columns that name an indicator, from 一级 down to the leaf: level columns, then a name column right of them. */
export function levelColumns(h: HeaderInfo): number[] {
  if (h.layout === "summary" && h.columns.evaluationContent !== undefined) return [h.columns.evaluationContent];
  const cols: number[] = [];
  for (const l of LEVELS) {
    const c = h.columns[l];
    if (c !== undefined) cols.push(c);
  }
  const name = h.columns.indicatorName ?? h.columns.indicatorContent;
  if (name !== undefined && cols.every((c) => c < name)) cols.push(name);
  return cols;
}
