import type { SheetGrid } from "../grid";
import type { FundsLine, IndicatorTable, NumberCell, ProjectFormTable, SpendPlan, Table } from "../model";
import type { Profile } from "../profile/schema";
import { formsAreWord, headerRole, isWord, wordForms } from "./headers";
import type { ColumnMap, HeaderInfo } from "./header-row";
import { label, nextFilledCol, numberCell, textCell } from "./labels";
import { rowKind } from "./row-kinds";
import { parseNumberCell } from "../values/numbers";

type Preamble = Pick<Table, "year" | "name"> & Pick<ProjectFormTable, "funds" | "goal" | "budget" | "spendPlan"> & {
  /** A result line above the header (`评价结果：分值= 88.23 绩效等级：优（ ）良（√）…`): the declared total and grade. */
  result?: Pick<IndicatorTable, "total" | "grade">;
};

/** A grade label in the header block, the grade written after it and the score written before it on the same row. */
function resultLine(grid: SheetGrid, headerRow: number, top: number, h: HeaderInfo, profile: Profile): Preamble["result"] {
  for (let r = top; r < headerRow; r++) {
    const gradeCol = rowKind(grid, r, profile).grades[0];
    if (gradeCol === undefined) continue;
    const cells = grid.rowCells(r);
    const at = cells.findIndex((c) => c.col === gradeCol);
    const writtenCol = nextFilledCol(grid, r, gradeCol, h.right);
    const scoreCell = cells.slice(0, at).reverse().find((c) => typeof c.value === "number");
    const labelCell = scoreCell && cells.slice(0, cells.indexOf(scoreCell)).reverse().find((c) => typeof c.value === "string");
    return {
      grade: writtenCol === undefined ? undefined : textCell(grid, r, writtenCol),
      total: scoreCell && labelCell ? { row: r, label: textCell(grid, r, labelCell.col), score: numberCell(grid, r, scoreCell.col) } : undefined,
    };
  }
  return undefined;
}

/** `（2023年度）`, `项目支出绩效自评表（2023年度）`, `年度：2021年度` — never a year inside a project name. */
const YEAR_FIELD = [/^(?:.*表)?[（(]?(\d{4})年度?[)）]?$/, /^年度[:：](\d{4})年?度?$/];

function yearOf(compact: string): number | undefined {
  for (const re of YEAR_FIELD) {
    const m = re.exec(compact);
    if (m) return Number(m[1]);
  }
  return undefined;
}

const FUNDS_ROLES = ["budgetInitial", "budgetAdjusted", "spent", "weight", "executionRate", "score"] as const;

/** A row that names a way of breaking the total down: `按收入性质分：`, `按支出性质分`. */
const BREAKDOWN = /^按.{1,8}分[:：]?$/;

/** The role of a funds line by its label; a line under the total that no word names is one more source (中央补助…). */
function fundsRole(label: string, profile: Profile): FundsLine["role"] | undefined {
  const { fundsTotal, fundsFiscal, fundsCarryOver, fundsOther } = profile.synonyms;
  if (!label) return undefined;
  const forms = wordForms(label);
  if (formsAreWord(forms, fundsTotal, profile)) return "total";
  if (formsAreWord(forms, fundsFiscal, profile)) return "fiscal";
  if (formsAreWord(forms, fundsCarryOver, profile)) return "carryOver";
  if (formsAreWord(forms, fundsOther, profile)) return "other";
  return undefined;
}

/**
 * The funds block of a 自评表: a row of amount headers (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分), then
 * its lines: the total (年度资金总额, 总额, …) and whatever source lines stand under it, until a row without amounts.
 */
function fundsBlock(grid: SheetGrid, headerRow: number, top: number, h: HeaderInfo, profile: Profile): FundsLine[] {
  for (let r = top; r < headerRow; r++) {
    const cols: ColumnMap = {};
    // The block's own label (`项目资金（万元）`, `年度预算申请（万元）`) stands over the lines' labels: it names the
    // block, not an amount column. Amount columns lie right of the first line's label.
    const labelCol = grid.rowCells(r + 1).find((c) => typeof c.value === "string" && c.value.trim() && parseNumberCell(c.value) === undefined)?.col ?? -1;
    for (const c of grid.rowCells(r)) {
      const role = c.col > labelCol ? headerRole(grid.compact(c.row, c.col), profile) : undefined;
      if (role && cols[role] === undefined) cols[role] = c.col;
    }
    if (cols.budgetAdjusted === undefined && cols.spent === undefined) continue;
    const lines: FundsLine[] = [];
    let breakdown = 0;
    const amountCols = FUNDS_ROLES.map((k) => cols[k]).filter((c): c is number => c !== undefined);
    const firstAmountCol = Math.min(...amountCols);
    for (let rr = (grid.merge(r, firstAmountCol)?.bottom ?? r) + 1; rr < headerRow; rr++) {
      let label: { col: number; text: string } | undefined;
      for (let c = h.left; c < firstAmountCol; c++) {
        const t = grid.anchorRow(rr, c) === rr ? grid.compact(rr, c) : "";
        if (t) label = { col: c, text: t };
      }
      if (!label) break;
      // `按收入性质分：` / `按支出性质分：` open another breakdown of the same total.
      if (BREAKDOWN.test(label.text) && lines.length > 0) {
        breakdown++;
        continue;
      }
      // A line a funds word names belongs to the block even when its amounts are blank (blank is 0).
      const named = fundsRole(label.text, profile);
      if (!named && !amountCols.some((c) => numberCell(grid, rr, c).value !== undefined)) break;
      const role = named ?? (lines.length === 0 ? "total" : "source");
      const line: FundsLine = { role: lines.length > 0 && role === "total" ? "source" : role, label: textCell(grid, rr, label.col) };
      if (breakdown > 0) line.breakdown = breakdown;
      for (const k of FUNDS_ROLES) {
        const col = cols[k];
        if (col !== undefined) line[k] = numberCell(grid, rr, col);
      }
      lines.push(line);
    }
    if (lines.length) {
      if (cols.weight === undefined) lines[0].weight = titleWeight(grid, r, h);
      return lines;
    }
  }
  return [];
}

/** The block's weight written in its title or label (`预算执行情况(10分)`), when it has no 分值 column. */
function titleWeight(grid: SheetGrid, headerRow: number, h: HeaderInfo): NumberCell | undefined {
  for (const r of [headerRow, headerRow - 1]) {
    for (const c of r < 0 ? [] : grid.rowCells(r)) {
      const title = c.col >= h.left && c.col <= h.right ? label(grid, c.row, c.col) : undefined;
      if (title?.declaredWeight !== undefined && !title.weightPercent) {
        const weight = numberCell(grid, c.row, c.col);
        weight.value = title.declaredWeight;
        weight.fromText = false;
        return weight;
      }
    }
  }
  return undefined;
}

function goalBlock(grid: SheetGrid, headerRow: number, top: number, profile: Profile): ProjectFormTable["goal"] {
  for (let r = top; r < headerRow; r++) {
    let planned: number | undefined;
    let actual: number | undefined;
    for (const c of grid.rowCells(r)) {
      const t = grid.compact(c.row, c.col);
      if (!t) continue;
      const forms = wordForms(t);
      if (formsAreWord(forms, profile.synonyms.goalPlanned, profile)) planned = c.col;
      else if (formsAreWord(forms, profile.synonyms.goalActual, profile)) actual = c.col;
    }
    if (planned === undefined || actual === undefined) continue;
    const below = grid.merge(r, planned)?.bottom ?? r;
    const textRow = below + 1;
    if (textRow >= headerRow) return undefined;
    return { planned: textCell(grid, textRow, planned), actual: textCell(grid, textRow, actual) };
  }
  return undefined;
}

/** 预算数 / 其中：财政资金 / 其他资金 of a 绩效目标表: a label followed by its amount. */
function budgetBlock(grid: SheetGrid, headerRow: number, top: number, h: HeaderInfo, profile: Profile): ProjectFormTable["budget"] {
  const find = (words: readonly string[]): NumberCell | undefined => {
    for (let r = top; r < headerRow; r++) {
      for (const c of grid.rowCells(r)) {
        if (!isWord(grid.compact(c.row, c.col), words, profile)) continue;
        const col = nextFilledCol(grid, r, c.col, h.right);
        const merge = grid.merge(r, c.col);
        const valueCol = col ?? (merge ? merge.right : c.col) + 1;
        return numberCell(grid, r, valueCol);
      }
    }
    return undefined;
  };
  const total = find(profile.synonyms.budgetTotal);
  if (!total) return undefined;
  const fiscalWords = [...profile.synonyms.fundsFiscal, "财政资金"];
  return { total, fiscal: find(fiscalWords), other: find(profile.synonyms.fundsOther) };
}

function spendPlan(grid: SheetGrid, headerRow: number, top: number, h: HeaderInfo, profile: Profile): SpendPlan | undefined {
  for (let r = top; r < headerRow; r++) {
    for (const c of grid.rowCells(r)) {
      if (!isWord(grid.compact(c.row, c.col), profile.synonyms.spendPlanLabels, profile)) continue;
      const periods: SpendPlan["periods"] = [];
      const labelMerge = grid.merge(r, c.col);
      for (let col = (labelMerge ? labelMerge.right : c.col) + 1; col <= h.right; col++) {
        if ((grid.merge(r, col)?.left ?? col) !== col || !grid.text(r, col)) continue;
        periods.push({ label: textCell(grid, r, col), share: numberCell(grid, r + 1, col) });
      }
      return periods.length ? { label: textCell(grid, r, c.col), periods } : undefined;
    }
  }
  return undefined;
}

function nameOf(grid: SheetGrid, headerRow: number, top: number, h: HeaderInfo): string | undefined {
  for (let r = top; r < headerRow; r++) {
    for (const c of grid.rowCells(r)) {
      const t = grid.compact(c.row, c.col);
      if (t === "项目名称" || t === "部门名称" || t === "单位名称") {
        const col = nextFilledCol(grid, r, c.col, h.right);
        if (col !== undefined) return grid.text(r, col);
      }
      const m = /^(?:部门|单位|项目)名称[:：](.+)$/.exec(t);
      if (m) return m[1];
    }
  }
  return undefined;
}

export function readPreamble(grid: SheetGrid, h: HeaderInfo, top: number, profile: Profile): Preamble {
  let year: number | undefined;
  for (let r = top; r < h.row && year === undefined; r++) {
    for (const c of grid.rowCells(r)) {
      year = yearOf(grid.compact(c.row, c.col));
      if (year !== undefined) break;
    }
  }
  const isIndicatorTable = h.layout === "self-evaluation" || h.layout === "target";
  const funds = isIndicatorTable ? fundsBlock(grid, h.row, top, h, profile) : [];
  return {
    year,
    name: nameOf(grid, h.row, top, h),
    funds,
    goal: isIndicatorTable ? goalBlock(grid, h.row, top, profile) : undefined,
    budget: h.layout === "target" && funds.length === 0 ? budgetBlock(grid, h.row, top, h, profile) : undefined,
    spendPlan: h.layout === "target" ? spendPlan(grid, h.row, top, h, profile) : undefined,
    result: h.layout === "scoring" || h.layout === "self-evaluation" ? resultLine(grid, h.row, top, h, profile) : undefined,
  };
}
