import { columnName } from "../../../core/snapshot";
import { MAX_COLUMNS } from "../../../core/snapshot";
import { columnIndex, MAX_ROWS } from "./addresses";

/** A reference's column or row part that moves when the formula is filled elsewhere, unless it is absolute ($). */
interface Part {
  axis: "col" | "row";
  index: number;
  absolute: boolean;
}

/** A formula as literal text and references, ready to be rendered at any offset. */
type Piece = string | Part[];

/**
 * References in A1 style: a cell (`$B$12`), whole columns (`A:C`) or whole rows (`3:5`). Each must end where a
 * name could not go on: `LOG10(` is a function, `Q1x` a name, `Sheet1!` a sheet.
 */
const END = String.raw`(?![\p{L}\p{N}_.?\\(!])`;
const CELL = new RegExp(String.raw`(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})${END}`, "uy");
const COLUMNS = new RegExp(String.raw`(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})${END}`, "uy");
const ROWS = new RegExp(String.raw`(\$?)([0-9]{1,7}):(\$?)([0-9]{1,7})${END}`, "uy");
/** Literal tokens copied whole: strings, quoted sheet names, numbers, and names (functions, defined names, sheets). */
const STRING = /"(?:[^"]|"")*"?/y;
const QUOTED_SHEET = /'(?:[^']|'')*'?/y;
const NUMBER = /[0-9]+(?:\.[0-9]*)?(?:[Ee][+-]?[0-9]+)?/y;
const NAME = /[\p{L}_\\][\p{L}\p{N}_.?\\]*/uy;

function column(absolute: string, letters: string): Part | undefined {
  const index = columnIndex(letters);
  return index < MAX_COLUMNS ? { axis: "col", index, absolute: absolute === "$" } : undefined;
}

function row(absolute: string, digits: string): Part | undefined {
  const index = Number(digits) - 1;
  return index >= 0 && index < MAX_ROWS ? { axis: "row", index, absolute: absolute === "$" } : undefined;
}

/** The reference at `at`, with its length, or undefined when none starts there. */
function referenceAt(formula: string, at: number): { parts: Part[]; length: number } | undefined {
  for (const [pattern, first, second] of [
    [CELL, column, row],
    [COLUMNS, column, column],
    [ROWS, row, row],
  ] as const) {
    pattern.lastIndex = at;
    const m = pattern.exec(formula);
    if (!m) continue;
    const parts = [first(m[1], m[2]), second(m[3], m[4])];
    if (parts[0] && parts[1]) return { parts: parts as Part[], length: m[0].length };
  }
  return undefined;
}

function literalAt(formula: string, at: number): number {
  for (const pattern of [STRING, QUOTED_SHEET, NUMBER, NAME]) {
    pattern.lastIndex = at;
    const m = pattern.exec(formula);
    if (m) return m[0].length;
  }
  // `[...]`: a structured reference or an external workbook's index, nested brackets included.
  if (formula[at] === "[") {
    let depth = 0;
    for (let i = at; i < formula.length; i++) {
      if (formula[i] === "[") depth++;
      else if (formula[i] === "]" && --depth === 0) return i + 1 - at;
    }
    return formula.length - at;
  }
  return 1;
}

function compile(formula: string): Piece[] {
  const pieces: Piece[] = [];
  let text = "";
  for (let at = 0; at < formula.length; ) {
    const reference = referenceAt(formula, at);
    if (reference) {
      if (text) pieces.push(text);
      text = "";
      pieces.push(reference.parts);
      at += reference.length;
    } else {
      const length = literalAt(formula, at);
      text += formula.slice(at, at + length);
      at += length;
    }
  }
  if (text) pieces.push(text);
  return pieces;
}

function render(parts: Part[], rows: number, cols: number): string {
  let out = "";
  for (const { axis, index, absolute } of parts) {
    const moved = absolute ? index : index + (axis === "row" ? rows : cols);
    if (moved < 0 || moved >= (axis === "row" ? MAX_ROWS : MAX_COLUMNS)) return "#REF!";
    // A cell reference is a column part then a row part; ranges of columns or rows join their two parts with ":".
    if (out && parts[0].axis === axis) out += ":";
    out += (absolute ? "$" : "") + (axis === "row" ? String(moved + 1) : columnName(moved));
  }
  return out;
}

/**
 * A sheet's shared formulas (`<f t="shared" ref si>`): the master cell holds the text, each other cell of the group
 * only the group's index, and its formula is the master's with relative references moved by the cell's offset
 * from the master, as Excel fills a formula down or across.
 */
export class SharedFormulas {
  private readonly masters = new Map<string, { pieces: Piece[]; row: number; col: number }>();

  master(group: string, formula: string, row: number, col: number): void {
    this.masters.set(group, { pieces: compile(formula), row, col });
  }

  /** The formula of a cell of `group` at row, col; undefined when the group's master has not been read. */
  formula(group: string, row: number, col: number): string | undefined {
    const master = this.masters.get(group);
    if (!master) return undefined;
    const rows = row - master.row;
    const cols = col - master.col;
    return master.pieces.map((p) => (typeof p === "string" ? p : render(p, rows, cols))).join("");
  }
}
