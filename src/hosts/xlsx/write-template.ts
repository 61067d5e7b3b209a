import type ExcelJS from "exceljs";
import { cellAddress, parseAddress } from "../../core/snapshot";
import { VALIDATION_ERROR_TITLE, type CellStyle, type TemplateCell, type TemplateLayout, type TemplateValidation } from "../../core/templates";

const THIN: Partial<ExcelJS.Border> = { style: "thin" };
const DEFAULT_FONT_SIZE = 11;

const argb = (rgb: string) => `FF${rgb}`;

/** Every address of an A1 range ("B14:B23", or one cell). */
function addressesIn(ref: string): string[] {
  const [from, to = from] = ref.split(":");
  const a = parseAddress(from);
  const b = parseAddress(to);
  if (!a || !b) throw new Error(`bad range ${ref}`);
  const out: string[] = [];
  for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) out.push(cellAddress(r, c));
  return out;
}

function writeCell(ws: ExcelJS.Worksheet, cell: TemplateCell, font: string): void {
  const target = ws.getCell(cell.address);
  target.value = cell.formula !== undefined ? { formula: cell.formula } : cell.value ?? null;
  const style: CellStyle = cell.style;
  target.font = { name: font, size: style.fontSize ?? DEFAULT_FONT_SIZE, bold: style.bold };
  target.alignment = { vertical: "middle", horizontal: style.horizontal, wrapText: style.wrap };
  if (style.border) target.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (cell.numFmt) target.numFmt = cell.numFmt;
}

function dataValidation(v: TemplateValidation): ExcelJS.DataValidation {
  if (v.type === "list") return { type: "list", allowBlank: true, formulae: [`"${v.values.join(",")}"`], showErrorMessage: false };
  return {
    type: "decimal",
    allowBlank: true,
    operator: v.max === undefined ? "greaterThanOrEqual" : "between",
    formulae: v.max === undefined ? [v.min] : [v.min, v.max],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: VALIDATION_ERROR_TITLE,
    error: v.message,
  };
}

/**
 * Adds a template's sheets to a workbook: values, formulas (Excel computes them on opening), formats, styles,
 * merges, widths, heights, validations, highlights, and A4 printing one page wide.
 */
export function writeTemplate(wb: ExcelJS.Workbook, layouts: TemplateLayout[]): void {
  for (const layout of layouts) {
    const ws = wb.addWorksheet(layout.sheetName, {
      pageSetup: { paperSize: 9, orientation: layout.orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    for (const { col, width } of layout.columns) ws.getColumn(col).width = width;
    for (const { row, height } of layout.rowHeights) ws.getRow(row).height = height;
    for (const cell of layout.cells) writeCell(ws, cell, layout.font);
    // After the styles: exceljs gives every cell of a merge its top-left cell's style, borders included.
    for (const ref of layout.merges) ws.mergeCells(ref);
    for (const v of layout.validations) {
      const rule = dataValidation(v);
      for (const address of addressesIn(v.ref)) ws.getCell(address).dataValidation = rule;
    }
    for (const h of layout.conditionalFormats) {
      ws.addConditionalFormatting({
        ref: h.ref,
        rules: [{
          type: "expression",
          priority: 1,
          formulae: [h.formula],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(h.fill) } }, font: { color: { argb: argb(h.font) } } },
        }],
      });
    }
  }
  // Formulas are written without cached results: have Excel (and LibreOffice) compute them on load.
  wb.calcProperties.fullCalcOnLoad = true;
}
