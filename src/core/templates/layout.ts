import type { TableKind } from "../model";
import type { ColumnRole } from "../profile/schema";

/** The table kinds a standard template exists for (模板). */
export type TemplateKind = Exclude<TableKind, "budget-execution" | "monitoring">;

/**
 * How a cell looks. Every cell is vertically centred. A merged area takes its top-left cell's style on all of
 * its cells (so a border runs round the whole area).
 */
export interface CellStyle {
  bold?: boolean;
  /** Font size in points; absent = the workbook's default. */
  fontSize?: number;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
  /** A thin border on all four sides. */
  border?: boolean;
  /** Background colour, "RRGGBB". */
  fill?: string;
}

type FundsPart = "fiscal" | "carryOver" | "other";
type AmountColumn = "budgetInitial" | "budgetAdjusted" | "spent";

/**
 * What a person types into an input cell: on indicator rows the column's role (三级指标 `level3`, `target`,
 * `weight`, `score`, …); above the table a named field (自评表 funds are `fiscal.spent` and the like).
 */
export type InputField =
  | ColumnRole
  | `${FundsPart}.${AmountColumn}`
  | "projectName"
  | "projectCode"
  | "supervisingDepartment"
  | "implementingUnit"
  | "departmentName"
  | "budgetFiscal"
  | "budgetOther"
  | "fundUse"
  | "spendShare"
  | "goal"
  | "goalPlanned"
  | "goalActual";

export interface TemplateCell {
  /** A1 address without `$` and sheet name. */
  address: string;
  /** A constant (a label or a default such as the 执行率 分值); absent for formula cells and empty input cells. */
  value?: string | number;
  /** A formula without the leading "=", in English function names and A1 references (`SUM(H14:H23)`). */
  formula?: string;
  /** Number format code (`0.00`, `0.00%`); absent = General. */
  numFmt?: string;
  style: CellStyle;
  /** Set on the cells a person fills in. */
  input?: InputField;
}

/**
 * A drop-down of suggestions: other text is accepted without an alert, since real tables use synonyms
 * (效果指标, 进度指标) and quantitative actuals where 优/良/中/差 is offered.
 */
export interface ListValidation {
  ref: string;
  type: "list";
  values: string[];
}

/**
 * A decimal number at least `min` and, when given, at most `max`; anything else is refused with `message`. A string bound is a formula without "="
 * (`$G$14`: the row's own 分值); validations with a cell bound cover one cell each, so no relative reference
 * needs shifting.
 */
export interface DecimalValidation {
  ref: string;
  type: "decimal";
  min: number | string;
  max?: number | string;
  message: string;
}

export type TemplateValidation = ListValidation | DecimalValidation;

/** Colours a cell when `formula` is true; the formula is written for the top-left cell of `ref`, relative as in Excel. */
export interface ConditionalHighlight {
  ref: string;
  formula: string;
  /** Background and font colours, "RRGGBB". */
  fill: string;
  font: string;
}

/**
 * One worksheet of a template as plain data: a host writes the cells (values, formulas, formats, styles), merges,
 * column widths, row heights, validations and highlights, in any order, in one batch.
 */
export interface TemplateLayout {
  /** The kind of table the sheet holds (what the engine detects it as). */
  kind: TemplateKind;
  title: string;
  sheetName: string;
  /** The A1 range the template covers, from its title to its last row. */
  ref: string;
  cells: TemplateCell[];
  /** A1 ranges ("A1:I1"). */
  merges: string[];
  /** Widths in Excel's character units (the file format's; Office.js `columnWidth` takes points). */
  columns: { col: string; width: number }[];
  /** 1-based rows, heights in points. */
  rowHeights: { row: number; height: number }[];
  validations: TemplateValidation[];
  conditionalFormats: ConditionalHighlight[];
  /** Font of every cell (sizes may differ). */
  font: string;
  /** Printed one page wide, in this orientation. */
  orientation: "portrait" | "landscape";
}
