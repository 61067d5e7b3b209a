import { parseAddress } from "../../core/snapshot";
import {
  VALIDATION_ERROR_TITLE,
  type CellStyle,
  type ConditionalHighlight,
  type TemplateCell,
  type TemplateLayout,
  type TemplateValidation,
} from "../../core/templates";

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;

/** Calibri 11's widest digit, in pixels at 96 dpi: the unit of Excel's column widths. */
const DIGIT_PX = 7;

/**
 * A layout's column width (the file format's `<col width>`, in characters of the default font, the cell padding
 * included: Excel stores a column shown as 8.43 characters as 9.14) as Office.js `columnWidth` points. Excel draws
 * it trunc(((256·w + trunc(128/7)) / 256) · 7) pixels wide, about 7·w px; a point is ¾ px at 96 dpi. A width typed
 * in Excel's own dialog would be the shown characters instead, 5 px narrower (w·7 + 5 px for w shown).
 */
export function columnWidthPoints(width: number): number {
  const px = Math.trunc(((256 * width + Math.trunc(128 / DIGIT_PX)) / 256) * DIGIT_PX);
  return px * 0.75;
}

/** A label Excel could read as a number, a date or a formula on entry (3月底): written into a text-formatted cell. */
const READS_AS_OTHER = /^[\d=+\-.]/;

/** The sizes the sheet had where the template goes: columns and rows are then widened, never narrowed. */
export interface CurrentSizes {
  columnWidths: Map<string, number>;
  rowHeights: Map<number, number>;
}

/** The area a cell's style covers: its merged area when it is the area's top-left cell, else itself. */
function styleAreas(layout: TemplateLayout): Map<string, string> {
  return new Map(layout.merges.map((ref) => [ref.split(":")[0], ref]));
}

function queueStyle(range: Excel.Range, style: CellStyle): void {
  const format = range.format;
  if (style.bold) format.font.bold = true;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.wrap) format.wrapText = true;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.border) {
    for (const edge of EDGES) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
}

function queueCell(ws: Excel.Worksheet, cell: TemplateCell, area: string): void {
  const range = ws.getRange(cell.address);
  if (cell.formula !== undefined) range.formulas = [[`=${cell.formula}`]];
  else if (cell.value !== undefined) {
    if (typeof cell.value === "string" && READS_AS_OTHER.test(cell.value) && !cell.numFmt) range.numberFormat = [["@"]];
    range.values = [[cell.value]];
  }
  if (cell.numFmt) range.numberFormat = [[cell.numFmt]];
  queueStyle(area === cell.address ? range : ws.getRange(area), cell.style);
}

/** A bound of a decimal rule: a number, or a formula such as `$G$14` (the row's own 分值). */
const bound = (b: number | string) => (typeof b === "number" ? b : `=${b}`);

function queueValidation(ws: Excel.Worksheet, v: TemplateValidation): void {
  const validation = ws.getRange(v.ref).dataValidation;
  // An empty cell can still carry an old rule; Excel refuses a new rule over one of another type.
  validation.clear();
  if (v.type === "list") {
    validation.rule = { list: { inCellDropDown: true, source: v.values.join(",") } };
    validation.ignoreBlanks = true;
    // Suggestions only: real tables use synonyms, so other text is accepted without an alert.
    validation.errorAlert = { showAlert: false, style: "Stop", title: "", message: "" };
    return;
  }
  validation.rule = {
    decimal: v.max === undefined
      ? { formula1: bound(v.min), operator: "GreaterThanOrEqualTo" }
      : { formula1: bound(v.min), formula2: bound(v.max), operator: "Between" },
  };
  validation.ignoreBlanks = true;
  validation.errorAlert = { showAlert: true, style: "Stop", title: VALIDATION_ERROR_TITLE, message: v.message };
}

function queueHighlight(ws: Excel.Worksheet, h: ConditionalHighlight): void {
  const format = ws.getRange(h.ref).conditionalFormats.add("Custom");
  format.custom.rule.formula = `=${h.formula}`;
  format.custom.format.fill.color = `#${h.fill}`;
  format.custom.format.font.color = `#${h.font}`;
}

function queueSizes(ws: Excel.Worksheet, layout: TemplateLayout, current: CurrentSizes | undefined): void {
  for (const { col, width } of layout.columns) {
    const points = columnWidthPoints(width);
    if (points > (current?.columnWidths.get(col) ?? 0)) ws.getRange(`${col}:${col}`).format.columnWidth = points;
  }
  for (const { row, height } of layout.rowHeights) {
    if (height > (current?.rowHeights.get(row) ?? 0)) ws.getRange(`${row}:${row}`).format.rowHeight = height;
  }
}

/**
 * Queues one sheet's template on `ws`, already placed where it goes: the font and vertical centring of the whole
 * range, each cell's value or formula, number format and style (over its whole merged area), the merges, widths and
 * heights (only widened when `current` gives the sheet's sizes), validations and highlights. Nothing is synced.
 */
export function queueLayout(ws: Excel.Worksheet, layout: TemplateLayout, current?: CurrentSizes): void {
  const whole = ws.getRange(layout.ref).format;
  whole.font.name = layout.font;
  whole.verticalAlignment = "Center";
  const areas = styleAreas(layout);
  for (const cell of layout.cells) queueCell(ws, cell, areas.get(cell.address) ?? cell.address);
  for (const ref of layout.merges) ws.getRange(ref).merge(false);
  queueSizes(ws, layout, current);
  for (const v of layout.validations) queueValidation(ws, v);
  for (const h of layout.conditionalFormats) queueHighlight(ws, h);
}

/** The first cell a person fills in, row by row; undefined for a table of formulas only (the 结论一览表). */
export function firstInputCell(layout: TemplateLayout): string | undefined {
  return layout.cells.find((c) => c.input !== undefined)?.address;
}

/** The number of rows and columns of an A1 range. */
export function rangeSize(ref: string): { rows: number; cols: number } {
  const [from, to = from] = ref.split(":").map(parseAddress);
  if (!from || !to) throw new Error(`bad range ${ref}`);
  return { rows: to.row - from.row + 1, cols: to.col - from.col + 1 };
}
