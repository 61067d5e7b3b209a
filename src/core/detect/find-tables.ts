import type { SheetGrid } from "../grid";
import type { IndicatorTable, Table, TableKind } from "../model";
import type { Profile } from "../profile/schema";
import { rangeAddress } from "../snapshot";
import { isGradeRow, isTotalRow, rowKind } from "./row-kinds";
import { isFormulaNote, readBudgetExecution, readBudgetExecutionHeader, withNumberingRow } from "./budget-execution";
import { formsAreWord, headerRole, wordForms } from "./headers";
import { levelColumns, readHeader, type HeaderInfo } from "./header-row";
import { textCell } from "./labels";
import { readBody } from "./read-body";
import { readPreamble } from "./read-preamble";

export interface SheetTables {
  sheet: string;
  tables: Table[];
  /** Why no table was found, when none was: an empty sheet, or no row of headers the reader knows (worded by each page). */
  note?: "empty-sheet" | "no-header-row";
}

/** The texts in a table's first level column from `from` up to the next blank row. */
function firstLevelNames(grid: SheetGrid, col: number | undefined, from: number, to: number): Set<string> {
  const names = new Set<string>();
  if (col === undefined) return names;
  for (let r = from; r <= to && !grid.isRowEmpty(r); r++) {
    if (grid.anchorRow(r, col) === r && grid.compact(r, col)) names.add(grid.compact(r, col));
  }
  return names;
}

/**
 * A header met again inside a table repeats it above the next block (产出 | header | 效益 …) when it has the same
 * columns and the block under it names first-level categories not met yet; a block that starts them anew
 * (长期 then 年度 indicators) is a new table.
 */
function continuesTable(grid: SheetGrid, h: HeaderInfo, again: HeaderInfo, row: number, limit: number): boolean {
  const same = JSON.stringify(h.columns) === JSON.stringify(again.columns);
  if (!same) return false;
  const col = levelColumns(h)[0];
  const seen = firstLevelNames(grid, col, h.lastRow + 1, row - 1);
  const next = firstLevelNames(grid, col, again.lastRow + 1, limit);
  return next.size > 0 && [...next].every((n) => !seen.has(n));
}

/** Last row of the table whose header is `h`: its total or grade row, else the row before a gap or a new table. */
function findBottom(grid: SheetGrid, h: HeaderInfo, profile: Profile, limit: number): Pick<LocatedTable, "bottom" | "totalRow" | "gradeRow" | "repeatedHeaders"> {
  let bottom = h.lastRow;
  const repeatedHeaders: number[] = [];
  for (let r = h.lastRow + 1; r <= limit; r++) {
    const kind = rowKind(grid, r, profile);
    if (kind.blank) {
      const covered = grid.merge(r, h.left);
      if (!covered || covered.top > bottom) break;
      continue;
    }
    if (kind.title) break;
    if (h.layout === "budget-execution" && grid.rowCells(r).some((c) => typeof c.value === "string" && isFormulaNote(c.value))) break;
    const again = r > h.lastRow + 1 && h.layout !== "comparison" ? readHeader(grid, r, profile) : undefined;
    if (again?.layout === h.layout) {
      // The header repeated above the next block of the same table, unless that block starts the categories anew.
      if (!continuesTable(grid, h, again, r, limit)) break;
      for (; r <= again.lastRow; r++) repeatedHeaders.push(r);
      bottom = --r;
      continue;
    }
    bottom = r;
    if (isGradeRow(grid, r, h, profile)) return { bottom, gradeRow: r, repeatedHeaders };
    // A funds table may open with its 合计 row, the sources under it: it ends at a total only after its rows.
    if (isTotalRow(grid, r, h, profile) && !(h.layout === "budget-execution" && r === h.lastRow + 1)) {
      if (r + 1 <= limit && isGradeRow(grid, r + 1, h, profile)) return { bottom: r + 1, totalRow: r, gradeRow: r + 1, repeatedHeaders };
      return { bottom, totalRow: r, repeatedHeaders };
    }
  }
  return { bottom, repeatedHeaders };
}

const HEADER_BLOCK_LABELS = ["项目名称", "项目编码", "主管部门", "实施单位", "项目负责人", "联系电话", "项目资金", "填报单位"];

/** A row of a table's header block (项目名称, funds, 总体目标, 资金支出计划…): a blank row above the header may split it off. */
function isPreambleRow(grid: SheetGrid, row: number, profile: Profile): boolean {
  const { goalLabels, goalPlanned, goalActual, fundsTotal, fundsFiscal, fundsCarryOver, fundsOther, budgetTotal, spendPlanLabels } = profile.synonyms;
  const lists = [HEADER_BLOCK_LABELS, goalLabels, goalPlanned, goalActual, fundsTotal, fundsFiscal, fundsCarryOver, fundsOther, budgetTotal, spendPlanLabels];
  return grid.rowCells(row).some((c) => {
    const t = grid.compact(c.row, c.col);
    if (t === "") return false;
    const forms = wordForms(t);
    return lists.some((list) => formsAreWord(forms, list, profile)) || headerRole(t, profile) === "spent";
  });
}

/** Whether the run of non-empty rows that ends at `row` holds a row of a header block. */
function blockAboveIsPreamble(grid: SheetGrid, row: number, floor: number, profile: Profile): boolean {
  for (let r = row; r >= floor && !grid.isRowEmpty(r); r--) if (isPreambleRow(grid, r, profile)) return true;
  return false;
}

/**
 * First row of the block the header belongs to: up through non-empty rows to its title, not into the previous
 * table; lines above the title (`附件2`, `报表编号：…`) are not part of it, unless they continue the title. A section title inside a form
 * (`绩效指标信息` between the funds block and the indicators) is crossed when a header block of this table stands
 * above it. One blank row right above the header is crossed when the rows above it are a header block.
 */
function findTop(grid: SheetGrid, h: HeaderInfo, floor: number, profile: Profile): number {
  let top = h.row;
  const takesPreamble = h.layout === "self-evaluation" || h.layout === "target";
  for (let r = h.row - 1; r >= floor; r--) {
    if (!grid.isRowEmpty(r)) {
      top = r;
      if (!rowKind(grid, r, profile).heading) continue;
      const above = r - 1;
      if (takesPreamble && above >= floor && !grid.isRowEmpty(above) && blockAboveIsPreamble(grid, above, floor, profile)) continue;
      // A title written over several lines (unit, year and scope, kind) starts at its first line.
      while (top - 1 >= floor && rowKind(grid, top - 1, profile).heading) top--;
      break;
    }
    if (grid.merge(r, h.left)) continue;
    const above = r - 1;
    if (r === h.row - 1 && above >= floor && blockAboveIsPreamble(grid, above, floor, profile)) continue;
    break;
  }
  return top;
}

/** Where a table lies: its header and first and last rows. */
export interface LocatedTable {
  header: HeaderInfo;
  top: number;
  bottom: number;
  /** The 总分/合计 row and the grade row, when the table has them. */
  totalRow?: number;
  gradeRow?: number;
  /** Rows of the header repeated above later blocks of the table: not indicators. */
  repeatedHeaders: number[];
}

/** Detection: the header rows and extents of every table on a sheet, stacked tables included. */
export function locateTables(grid: SheetGrid, profile: Profile): LocatedTable[] {
  const located: LocatedTable[] = [];
  let floor = 0;
  for (const r of grid.occupiedRows()) {
    if (r < floor) continue;
    const found = readHeader(grid, r, profile) ?? readBudgetExecutionHeader(grid, r, profile);
    if (!found) continue;
    const header = withNumberingRow(grid, found);
    const end = findBottom(grid, header, profile, grid.rowCount - 1);
    located.push({ header, top: findTop(grid, header, floor, profile), ...end });
    floor = end.bottom + 1;
  }
  return located;
}

/**
 * The one place a table's kind is decided: the layout its columns say, refined by the rest of the evidence. A 目标表
 * with a scored funds block is a 自评表; a table of targets and values under a 监控表 title is a monitoring table
 * (`截至6月底完成值` reads as an actual); scores by 一级指标 under a 结论一览表 title are a summary.
 */
function tableKind(layout: TableKind, scored: boolean, scoredFunds: boolean, title: string, profile: Profile): TableKind {
  const indicators = layout === "self-evaluation" || layout === "target";
  const { titles } = profile.synonyms;
  if (indicators && titles.monitoring.some((w) => title.includes(w))) return "monitoring";
  // 一级指标 | 分值 | 得分 under a 结论一览表 title: the summary of a detail table, not a scoring table of its own.
  if (layout === "scoring" && titles.summary.some((w) => title.includes(w))) return "summary";
  // Targets and actuals without 分值 or 得分 under a 对比表 title: a comparison of plan and result.
  if (layout === "self-evaluation" && !scored && titles.comparison.some((w) => title.includes(w))) return "comparison";
  return layout === "target" && scoredFunds ? "self-evaluation" : layout;
}

/** Parsing: a located table read into its model, with the parts its kind has. */
export function readTable(grid: SheetGrid, located: LocatedTable, profile: Profile): Table {
  const { header: h, top, bottom } = located;
  const { result, year, name, ...blocks } = readPreamble(grid, h, top, profile);
  const titleCol = grid.rowCells(top).find((c) => grid.compact(c.row, c.col))?.col;
  const scored = h.columns.weight !== undefined || h.columns.score !== undefined;
  const kind = tableKind(h.layout, scored, blocks.funds.length > 0, titleCol === undefined ? "" : grid.compact(top, titleCol), profile);
  const base = {
    sheet: grid.name,
    range: rangeAddress(top, h.left, bottom, h.right),
    top,
    bottom,
    left: h.left,
    right: h.right,
    title: titleCol === undefined ? undefined : textCell(grid, top, titleCol),
    year,
    name,
    headerRow: h.row,
    headerAnchor: { row: h.row, col: levelColumns(h)[0] ?? h.left },
  };
  if (kind === "budget-execution") return { kind, ...base, notes: [], ...readBudgetExecution(grid, h, bottom, profile) };
  // The body is read in the layout of the table's kind (a 对比表's rows as plan and result, a 结论一览表's by 评价内容).
  const { comparisonRows, rows, relativeWeights, ...declared } = withResult(readBody(grid, { ...h, layout: kind }, located, profile), result);
  if (kind === "comparison") return { kind, ...base, comparisonRows, ...declared, ...blocks };
  const indicators = { ...base, levelCount: levelColumns(h).length, rows, relativeWeights, ...declared };
  if (kind === "scoring" || kind === "summary") return { kind, ...indicators };
  return { kind, ...indicators, ...blocks };
}

/** A total and grade declared above the table count when the table declares none below. */
function withResult<T extends Pick<IndicatorTable, "total" | "grade" | "notes">>(body: T, result: Pick<IndicatorTable, "total" | "grade"> | undefined): T {
  if (!result) return body;
  const total = body.total ?? result.total;
  return {
    ...body,
    total,
    grade: body.grade ?? result.grade,
    notes: total && !body.total ? body.notes.filter((n) => n.code !== "no-total-row") : body.notes,
  };
}

/** Finds and reads every performance table on a sheet. Never throws on content. */
export function findTables(grid: SheetGrid, profile: Profile): SheetTables {
  const tables = locateTables(grid, profile).map((located) => readTable(grid, located, profile));
  if (tables.length > 0) return { sheet: grid.name, tables };
  return { sheet: grid.name, tables, note: grid.occupiedRows().length === 0 ? "empty-sheet" : "no-header-row" };
}
