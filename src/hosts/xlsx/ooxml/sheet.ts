import type { Cell, CellValue, MergedArea, SheetSnapshot } from "../../../core/snapshot";
import { cellPosition, MAX_COLUMNS, MAX_ROWS, rangeArea } from "./addresses";
import { dateCellSerial, isoDateSerial } from "./dates";
import { SharedFormulas } from "./formulas";
import { readStringItem, type SharedStrings } from "./shared-strings";
import type { CellStyles } from "./styles";
import { XmlScanner } from "./xml";
import { decodeXstring } from "./xstring";

export interface SheetContext {
  strings: SharedStrings;
  styles: CellStyles;
  date1904: boolean;
  /** Called for every `<c>` and `<mergeCell>`; throws when the sheet or the workbook has too many. */
  countCell: () => void;
}

/** What a `<c>` element holds, as written. */
interface RawCell {
  type?: string;
  style?: string;
  value?: string;
  inline: string | null;
  formula?: { type?: string; ref?: string; group?: string; text: string };
}

function readRawCell(x: XmlScanner): RawCell {
  const raw: RawCell = { type: x.attr("t"), style: x.attr("s"), inline: null };
  if (x.selfClosing) return raw;
  while (x.until("c")) {
    if (x.closing) continue;
    if (x.is("v")) raw.value = x.text();
    else if (x.is("f")) raw.formula = { type: x.attr("t"), ref: x.attr("ref"), group: x.attr("si"), text: x.text() };
    else if (x.is("is")) raw.inline = x.selfClosing ? null : readStringItem(x, "is");
  }
  return raw;
}

/** The value a cell's type (`t`) makes of its `<v>` text (booleans as 1/0, errors as "#DIV/0!", dates as ISO 8601). */
function typedValue(raw: RawCell, strings: SharedStrings): CellValue {
  if (raw.type === "inlineStr") return raw.inline;
  const text = raw.value;
  if (text === undefined || text === "") return null;
  switch (raw.type) {
    case "s":
      return strings.at(text);
    case "str":
      return decodeXstring(text);
    case "b":
      return !(parseFloat(text) === 0 || /^\s*false\s*$/i.test(text));
    case "e":
      return { error: text };
    case "d":
      return isoDateSerial(text) ?? text;
    default:
      return parseFloat(text);
  }
}

/** A sheet's cells in row-major order, each position once (the last `<c>` written for it, as exceljs keeps). */
function inReadingOrder(cells: Cell[]): Cell[] {
  const key = (c: Cell) => c.row * MAX_COLUMNS + c.col;
  if (cells.every((c, i) => i === 0 || key(cells[i - 1]) < key(c))) return cells;
  const sorted = cells.map((c, i) => ({ c, i })).sort((a, b) => key(a.c) - key(b.c) || a.i - b.i);
  return sorted.filter((s, i) => i === sorted.length - 1 || key(sorted[i + 1].c) !== key(s.c)).map((s) => s.c);
}

/** Cells other than the top-left of the merged area covering them: the snapshot holds a merged value there only. */
function withoutCovered(cells: Cell[], merges: MergedArea[]): Cell[] {
  if (merges.length === 0) return cells;
  const byTop = [...merges].sort((a, b) => a.top - b.top);
  let next = 0;
  let active: MergedArea[] = [];
  let row = -1;
  return cells.filter((c) => {
    if (c.row !== row) {
      row = c.row;
      active = active.filter((m) => m.bottom >= row);
      while (next < byTop.length && byTop[next].top <= row) {
        if (byTop[next].bottom >= row) active.push(byTop[next]);
        next++;
      }
    }
    return !active.some((m) => c.col >= m.left && c.col <= m.right && (c.row !== m.top || c.col !== m.left));
  });
}

/**
 * One worksheet part: its `<c>` elements in `<sheetData>` and its `<mergeCell>`s. Rows and cells may omit their
 * position (`r`): a row then follows the previous row, a cell the previous cell of its row.
 */
export function readSheet(name: string, xml: string, context: SheetContext): SheetSnapshot {
  const { strings, styles, date1904, countCell } = context;
  const x = new XmlScanner(xml);
  const cells: Cell[] = [];
  const merges: MergedArea[] = [];
  const formulas = new SharedFormulas();
  let row = -1;
  let col = -1;
  let inSheetData = false;
  while (x.next()) {
    if (x.closing) {
      if (x.is("sheetData")) inSheetData = false;
    } else if (x.is("sheetData")) inSheetData = !x.selfClosing;
    else if (inSheetData && x.is("row")) {
      const r = parseInt(x.attr("r") ?? "", 10);
      row = r >= 1 ? r - 1 : row + 1;
      col = -1;
    } else if (inSheetData && x.is("c")) {
      countCell();
      const at = cellPosition(x.attr("r") ?? "");
      row = at ? at.row : Math.max(row, 0);
      col = at ? at.col : col + 1;
      if (row >= MAX_ROWS || col >= MAX_COLUMNS) throw new Error("a cell lies beyond the last row or column of a sheet");
      const raw = readRawCell(x);
      const format = styles.format(raw.style);
      let value = typedValue(raw, strings);
      if (typeof value === "number" && format.isDate && raw.type !== "d") value = dateCellSerial(value, date1904);
      let formula: string | undefined;
      if (raw.formula?.type === "shared" && raw.formula.group !== undefined) {
        const { ref, group, text } = raw.formula;
        if (text && ref !== undefined) formulas.master(group, text, row, col);
        formula = text || formulas.formula(group, row, col);
      } else formula = raw.formula?.text || undefined;
      if (value === null && !formula) continue;
      const cell: Cell = { row, col, value };
      if (formula) cell.formula = formula;
      if (format.numFmt) cell.numFmt = format.numFmt;
      cells.push(cell);
    } else if (x.is("mergeCell")) {
      countCell();
      const area = rangeArea(x.attr("ref") ?? "");
      if (area) merges.push(area);
    }
  }
  return { name, cells: withoutCovered(inReadingOrder(cells), merges), merges };
}
