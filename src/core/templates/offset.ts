import { cellAddress, columnName, parseAddress } from "../snapshot";
import type { TemplateLayout, TemplateValidation } from "./layout";

/**
 * In a formula: a string literal, a reference on a named sheet (`'评分表'!F5:F31`, `Sheet1!A1`), or a cell
 * reference of this sheet (`$G$14`, `H14`) that is not the start of a function name (`LOG10(`) nor the tail of one.
 */
const FORMULA_TOKEN =
  /"(?:[^"]|"")*"|'(?:[^']|'')*'![$A-Z0-9:]+|[^\s!'"(),:=<>+\-*/&^%,]+![$A-Z0-9:]+|(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

function shiftAddress(address: string, rows: number, cols: number): string {
  return address
    .split(":")
    .map((part) => {
      const p = parseAddress(part);
      if (!p) throw new Error(`bad address ${address}`);
      return cellAddress(p.row + rows, p.col + cols);
    })
    .join(":");
}

/**
 * Moves the references of this sheet in a formula by `rows` and `cols`, absolute ones (`$G$14`) too: the whole
 * table moves, so a reference into it must follow. References to other sheets and text in quotes stay as they are.
 */
export function offsetFormula(formula: string, rows: number, cols: number): string {
  return formula.replace(FORMULA_TOKEN, (token, colAbs: string | undefined, col: string | undefined, rowAbs: string, row: string) => {
    if (col === undefined) return token;
    const p = parseAddress(`${col}${row}`);
    if (!p) return token;
    return `${colAbs}${columnName(p.col + cols)}${rowAbs}${p.row + 1 + rows}`;
  });
}

function offsetValidation(v: TemplateValidation, rows: number, cols: number): TemplateValidation {
  const ref = shiftAddress(v.ref, rows, cols);
  if (v.type === "list") return { ...v, ref };
  const bound = <T extends number | string | undefined>(b: T): T => (typeof b === "string" ? (offsetFormula(b, rows, cols) as T) : b);
  return { ...v, ref, min: bound(v.min), max: bound(v.max) };
}

/**
 * The layout written `rows` rows down and `cols` columns right of A1 (for a table placed at a selected cell): every
 * address, range, column, row and formula moves with it.
 */
export function offsetLayout(layout: TemplateLayout, rows: number, cols: number): TemplateLayout {
  if (rows === 0 && cols === 0) return layout;
  const column = (col: string) => {
    const p = parseAddress(`${col}1`);
    if (!p) throw new Error(`bad column ${col}`);
    return columnName(p.col + cols);
  };
  return {
    ...layout,
    ref: shiftAddress(layout.ref, rows, cols),
    cells: layout.cells.map((c) => ({
      ...c,
      address: shiftAddress(c.address, rows, cols),
      ...(c.formula !== undefined ? { formula: offsetFormula(c.formula, rows, cols) } : {}),
    })),
    merges: layout.merges.map((m) => shiftAddress(m, rows, cols)),
    columns: layout.columns.map((c) => ({ ...c, col: column(c.col) })),
    rowHeights: layout.rowHeights.map((h) => ({ ...h, row: h.row + rows })),
    validations: layout.validations.map((v) => offsetValidation(v, rows, cols)),
    conditionalFormats: layout.conditionalFormats.map((h) => ({
      ...h,
      ref: shiftAddress(h.ref, rows, cols),
      formula: offsetFormula(h.formula, rows, cols),
    })),
  };
}
