import type { ColumnRole } from "../profile/schema";
import { cellAddress, columnName, rangeAddress } from "../snapshot";
import { sumFormula } from "./formulas";
import type { CellStyle } from "./layout";
import { FORMATS, OVER_WEIGHT, STYLES, weightValidation, type CellContent, type LayoutBuilder } from "./layout-builder";

/** One column of an indicator table. */
export interface IndicatorColumn {
  /** What the indicator lines hold here; absent for a side column that only labels the block (`绩效指标`). */
  role?: ColumnRole;
  header: string;
  /** Second header row; neighbouring columns with the same `header` share it, merged across them. */
  sub?: string;
  width: number;
}

/** One indicator line of a template. */
export interface IndicatorLine {
  /** Labels of the parent levels, 一级 first (`["产出指标", "数量指标"]`); equal neighbours are merged down. */
  parents: string[];
  /** Values the template writes (a framework's 三级指标 and 分值); the line's other cells are inputs. */
  values?: Partial<Record<ColumnRole, string | number>>;
  /** The 实际完成值 is usually 优/良/中/差: it gets those as a drop-down. */
  qualitative?: boolean;
}

/** Where the lines of an indicator table ended up (0-based rows and columns). */
export interface IndicatorTable {
  firstRow: number;
  lastRow: number;
  col: Partial<Record<ColumnRole, number>>;
}

const LEVELS: readonly ColumnRole[] = ["level1", "level2", "level3", "level4"];
const CENTERED: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["target", "actual", "weight", "score"]);
const QUALITATIVE_LEVELS = ["优", "良", "中", "差"];

const absolute = (row: number, col: number) => `$${columnName(col)}$${row + 1}`;

function styleOf(role: ColumnRole): CellStyle {
  return CENTERED.has(role) ? STYLES.number : STYLES.text;
}

/**
 * The header: one row, or two when a column has a sub-header (a column without one spans both rows). A side
 * column spans down to `sideBottom`. Returns the first row below the header.
 */
export function indicatorHeader(b: LayoutBuilder, row: number, columns: IndicatorColumn[], sideBottom = row): number {
  const twoRows = columns.some((c) => c.sub !== undefined);
  const bottom = twoRows ? row + 1 : row;
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i];
    if (c.sub === undefined) {
      b.area(row, i, c.role ? bottom : Math.max(bottom, sideBottom), i, { value: c.header }, STYLES.header);
      continue;
    }
    let end = i;
    while (columns[end + 1]?.sub !== undefined && columns[end + 1].header === c.header) end++;
    b.area(row, i, row, end, { value: c.header }, STYLES.header);
    for (let j = i; j <= end; j++) b.cell(row + 1, j, { value: columns[j].sub }, STYLES.header);
    i = end;
  }
  return bottom + 1;
}

function lineCells(b: LayoutBuilder, row: number, columns: IndicatorColumn[], line: IndicatorLine, col: IndicatorTable["col"]): void {
  columns.forEach((c, i) => {
    if (!c.role) return;
    const level = LEVELS.indexOf(c.role);
    if (level >= 0 && level < line.parents.length) return;
    const value = line.values?.[c.role];
    const content: CellContent = value === undefined ? { input: c.role } : { value };
    if (c.role === "score") content.numFmt = FORMATS.score;
    b.cell(row, i, content, styleOf(c.role));
  });
  const { weight, score, actual } = col;
  if (weight !== undefined && line.values?.weight === undefined) {
    b.validate(weightValidation(cellAddress(row, weight)));
  }
  if (score !== undefined && weight !== undefined && line.values?.score === undefined) {
    b.validate({ ref: cellAddress(row, score), type: "decimal", min: 0, max: absolute(row, weight), message: "得分应在 0 与本行分值之间" });
  }
  if (line.qualitative && actual !== undefined) b.validate({ ref: cellAddress(row, actual), type: "list", values: QUALITATIVE_LEVELS });
}

/** Runs of lines that share their parents down to `level`, as [first, last] line indexes. */
function runs(lines: IndicatorLine[], level: number): [number, number][] {
  const key = (line: IndicatorLine) => line.parents.slice(0, level + 1).join("\u0000");
  const out: [number, number][] = [];
  lines.forEach((line, i) => {
    const last = out[out.length - 1];
    if (last && key(lines[last[1]]) === key(line)) last[1] = i;
    else out.push([i, i]);
  });
  return out;
}

/**
 * The indicator lines from `firstRow` down: parent labels merged over their lines (with `levelLists[level]` as a
 * drop-down), inputs with their validations, and 得分 above 分值 highlighted.
 */
export function indicatorLines(
  b: LayoutBuilder, firstRow: number, columns: IndicatorColumn[], lines: IndicatorLine[], levelLists: string[][] = [],
): IndicatorTable {
  const col: IndicatorTable["col"] = {};
  columns.forEach((c, i) => {
    if (c.role) col[c.role] = i;
  });
  const lastRow = firstRow + lines.length - 1;
  lines.forEach((line, i) => lineCells(b, firstRow + i, columns, line, col));
  const depth = Math.max(0, ...lines.map((l) => l.parents.length));
  for (let level = 0; level < depth; level++) {
    const c = col[LEVELS[level]];
    if (c === undefined) continue;
    for (const [first, last] of runs(lines, level)) {
      b.area(firstRow + first, c, firstRow + last, c, { value: lines[first].parents[level] }, STYLES.label);
    }
    const list = levelLists[level];
    if (list) b.validate({ ref: rangeAddress(firstRow, c, lastRow, c), type: "list", values: list });
  }
  const { weight, score } = col;
  if (weight !== undefined && score !== undefined) {
    const top = cellAddress(firstRow, score);
    b.highlight({ ref: rangeAddress(firstRow, score, lastRow, score), formula: `AND(ISNUMBER(${top}),${top}>${cellAddress(firstRow, weight)})`, ...OVER_WEIGHT });
  }
  return { firstRow, lastRow, col };
}

export interface TotalCells {
  weight: string;
  score: string;
  /** The lines' 得分 cells, as a range. */
  scores: string;
  /** Last column of the label. */
  labelEnd: number;
}

/**
 * The 总分/合计 row under the lines: the label across the columns left of 分值, then SUMs of 分值 and 得分 over
 * exactly the lines (plus `extra` cells such as the 执行率 line of a 自评表).
 */
export function totalRow(
  b: LayoutBuilder, row: number, table: IndicatorTable, label: string, extra: { weight: string[]; score: string[] } = { weight: [], score: [] },
): TotalCells {
  const { weight, score } = table.col;
  if (weight === undefined || score === undefined) throw new Error("a total row needs 分值 and 得分 columns");
  b.area(row, 0, row, weight - 1, { value: label }, { ...STYLES.label, bold: true });
  const column = (c: number) => rangeAddress(table.firstRow, c, table.lastRow, c);
  for (let c = weight; c <= b.lastCol; c++) {
    if (c === weight) b.cell(row, c, { formula: sumFormula(...extra.weight, column(c)) }, { ...STYLES.number, bold: true });
    else if (c === score) b.cell(row, c, { formula: sumFormula(...extra.score, column(c)), numFmt: FORMATS.score }, { ...STYLES.number, bold: true });
    else b.cell(row, c, {}, STYLES.text);
  }
  return { weight: cellAddress(row, weight), score: cellAddress(row, score), scores: column(score), labelEnd: weight - 1 };
}

/** The grade row (评定级别): the label across columns 0…labelEnd, the grade formula across the rest. */
export function gradeRow(b: LayoutBuilder, row: number, label: string, labelEnd: number, formula: string): string {
  b.area(row, 0, row, labelEnd, { value: label }, { ...STYLES.label, bold: true });
  return b.area(row, labelEnd + 1, row, b.lastCol, { formula }, { ...STYLES.label, bold: true });
}
