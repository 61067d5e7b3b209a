import type { SheetGrid } from "../grid";
import type { Table } from "../model";
import type { Profile } from "../profile/schema";
import { cellAddress, rangeAddress } from "../snapshot";
import { isGradeRow, isTotalRow } from "./row-kinds";
import { readHeader, type HeaderInfo } from "./header-row";
import { textCell } from "./labels";
import { readBody } from "./read-body";
import { readPreamble } from "./read-preamble";

export interface SheetTables {
  sheet: string;
  tables: Table[];
  /** Why no table was found, when none was. */
  note?: string;
}

/** The first label-like text of a row within [left, right], as compact text. */
function rowLabels(grid: SheetGrid, row: number, left: number, right: number): string[] {
  const out: string[] = [];
  for (const c of grid.rowCells(row)) {
    if (c.col < left || c.col > right) continue;
    const t = grid.compact(c.row, c.col);
    if (t) out.push(t);
  }
  return out;
}

function isTitleRow(grid: SheetGrid, row: number, profile: Profile): boolean {
  const cells = grid.rowCells(row).filter((c) => grid.compact(c.row, c.col));
  if (cells.length !== 1) return false;
  const t = grid.compact(cells[0].row, cells[0].col);
  return Object.values(profile.synonyms.titles).some((words) => words.some((w) => t.includes(w)));
}

/** Last row of the table whose header is `h`: its total or grade row, else the row before a gap or a new table. */
function findBottom(grid: SheetGrid, h: HeaderInfo, profile: Profile, limit: number): number {
  let bottom = h.lastRow;
  for (let r = h.lastRow + 1; r <= limit; r++) {
    if (grid.isRowEmpty(r)) {
      const covered = grid.merge(r, h.left);
      if (!covered || covered.top > bottom) break;
      continue;
    }
    if (isTitleRow(grid, r, profile)) break;
    if (r > h.lastRow + 1 && readHeader(grid, r, profile)?.kind === h.kind && h.kind !== "comparison") break;
    bottom = r;
    if (isGradeRow(grid, r, h, profile)) break;
    if (isTotalRow(grid, r, h, profile)) {
      if (r + 1 <= limit && isGradeRow(grid, r + 1, h, profile)) bottom = r + 1;
      break;
    }
  }
  return bottom;
}

/** First row of the block the header belongs to: up through non-empty rows, not into the previous table. */
function findTop(grid: SheetGrid, h: HeaderInfo, floor: number): number {
  let top = h.row;
  for (let r = h.row - 1; r >= floor; r--) {
    if (grid.isRowEmpty(r)) {
      const covered = grid.merge(r, h.left);
      if (!covered) break;
      continue;
    }
    top = r;
  }
  return top;
}

/** Finds and reads every performance table on a sheet. Never throws on content. */
export function findTables(grid: SheetGrid, profile: Profile): SheetTables {
  const tables: Table[] = [];
  const rows = grid.occupiedRows();
  let floor = 0;
  for (const r of rows) {
    if (r < floor) continue;
    const h = readHeader(grid, r, profile);
    if (!h) continue;
    const bottom = findBottom(grid, h, profile, grid.rowCount - 1);
    const top = findTop(grid, h, floor);
    const labels = rowLabels(grid, top, 0, grid.colCount);
    const preamble = readPreamble(grid, h, top, profile);
    const kind = h.kind === "target" && preamble.funds.length > 0 ? "self-evaluation" : h.kind;
    const body = readBody(grid, { ...h, kind }, bottom, profile);
    const range = rangeAddress(top, h.left, bottom, h.right);
    tables.push({
      kind,
      sheet: grid.name,
      range,
      top,
      bottom,
      left: h.left,
      right: h.right,
      title: labels.length ? textCell(grid, top, grid.rowCells(top).find((c) => grid.compact(c.row, c.col))?.col ?? h.left) : undefined,
      headerRow: h.row,
      headerAnchor: cellAddress(h.row, h.columns.level1 ?? h.columns.evaluationContent ?? h.columns.indicatorContent ?? h.left),
      levelCount: (["level1", "level2", "level3", "level4"] as const).filter((l) => h.columns[l] !== undefined).length,
      ...preamble,
      ...body,
    });
    floor = bottom + 1;
  }
  if (tables.length > 0) return { sheet: grid.name, tables };
  const note = rows.length === 0 ? "empty sheet" : "no header row with 一级指标/二级指标, 评价内容/分值/得分 or 指标内容/计划内容/实际完成情况";
  return { sheet: grid.name, tables, note };
}
