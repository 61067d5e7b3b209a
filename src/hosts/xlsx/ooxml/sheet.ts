import { MAX_COLUMNS, positionKey, type Cell, type CellValue, type MergedArea, type SheetSnapshot } from "../../../core/snapshot";
import { cellKeyIn, MAX_ROWS, rangeArea } from "./addresses";
import { dateCellSerial, isoDateSerial } from "./dates";
import { SharedFormulas } from "./formulas";
import { readStringItem, type SharedStrings } from "./shared-strings";
import type { CellStyles } from "./styles";
import { integerIn, numberIn } from "./span-numbers";
import { XmlScanner, type SpanReader } from "./xml";
import { decodeXstring } from "./xstring";

export interface SheetContext {
  strings: SharedStrings;
  styles: CellStyles;
  date1904: boolean;
  /** Called for every `<c>` and `<mergeCell>`; throws when the sheet or the workbook has too many. */
  countCell: () => void;
}

/** A cell's type (its `t` attribute): how its `<v>` text makes its value. */
const enum CellType {
  Number,
  SharedString,
  FormulaString,
  InlineString,
  Boolean,
  Error,
  Date,
}

/** The one-letter types by their letter's code: s, b, e, d. */
const ONE_LETTER_TYPES: ReadonlyMap<number, CellType> = new Map([
  [0x73, CellType.SharedString],
  [0x62, CellType.Boolean],
  [0x65, CellType.Error],
  [0x64, CellType.Date],
]);

/** A `t` attribute's type; a number for "n", for any type the standard does not have, and when there is none. */
function cellTypeIn(text: string, start: number, end: number): CellType {
  switch (end - start) {
    case 1:
      return ONE_LETTER_TYPES.get(text.charCodeAt(start)) ?? CellType.Number;
    case 3:
      return text.startsWith("str", start) ? CellType.FormulaString : CellType.Number;
    case 9:
      return text.startsWith("inlineStr", start) ? CellType.InlineString : CellType.Number;
    default:
      return CellType.Number;
  }
}

/**
 * The value a `<v>` text makes in a cell of each type but shared strings (booleans as 1/0, errors as "#DIV/0!",
 * dates as ISO 8601); null when the text is empty. An inline string's `<v>` is not its value.
 */
const VALUE_READERS: Record<Exclude<CellType, CellType.SharedString>, SpanReader<CellValue>> = {
  [CellType.Number]: (text, start, end) => (end === start ? null : numberIn(text, start, end)),
  [CellType.FormulaString]: (text, start, end) => (end === start ? null : decodeXstring(text.slice(start, end))),
  [CellType.InlineString]: () => null,
  [CellType.Boolean]: (text, start, end) => {
    const written = text.slice(start, end);
    return written === "" ? null : !(parseFloat(written) === 0 || /^\s*false\s*$/i.test(written));
  },
  [CellType.Error]: (text, start, end) => (end === start ? null : { error: text.slice(start, end) }),
  [CellType.Date]: (text, start, end) => {
    const written = text.slice(start, end);
    return written === "" ? null : (isoDateSerial(written) ?? written);
  },
};

/** A `<f>` element as written. */
interface WrittenFormula {
  type?: string;
  ref?: string;
  group?: string;
  text: string;
}

/** A sheet's cells in row-major order, each position once (the last `<c>` written for it, as exceljs keeps). */
function inReadingOrder(cells: Cell[]): Cell[] {
  const key = (c: Cell) => positionKey(c.row, c.col);
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
  const sharedString: SpanReader<CellValue> = (text, start, end) => (end === start ? null : strings.at(text, start, end));
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
      const r = x.attrWith("r", integerIn) ?? NaN;
      row = r >= 1 ? r - 1 : row + 1;
      col = -1;
    } else if (inSheetData && x.is("c")) {
      countCell();
      const key = x.attrWith("r", cellKeyIn) ?? -1;
      row = key >= 0 ? Math.floor(key / MAX_COLUMNS) : Math.max(row, 0);
      col = key >= 0 ? key % MAX_COLUMNS : col + 1;
      if (row >= MAX_ROWS || col >= MAX_COLUMNS) throw new Error("a cell lies beyond the last row or column of a sheet");
      const type = x.attrWith("t", cellTypeIn) ?? CellType.Number;
      const format = styles.format(x.attrWith("s", integerIn) ?? 0);
      let value: CellValue = null;
      let inline: string | null = null;
      let written: WrittenFormula | undefined;
      if (!x.selfClosing) {
        while (x.until("c")) {
          if (x.closing) continue;
          if (x.is("v")) value = x.textWith(type === CellType.SharedString ? sharedString : VALUE_READERS[type]);
          else if (x.is("f")) written = { type: x.attr("t"), ref: x.attr("ref"), group: x.attr("si"), text: x.text() };
          else if (x.is("is")) inline = x.selfClosing ? null : readStringItem(x, "is");
        }
      }
      if (type === CellType.InlineString) value = inline;
      else if (typeof value === "number" && format.isDate && type !== CellType.Date) value = dateCellSerial(value, date1904);
      let formula: string | undefined;
      if (written?.type === "shared" && written.group !== undefined) {
        const { ref, group, text } = written;
        if (text && ref !== undefined) formulas.master(group, text, row, col);
        formula = text || formulas.formula(group, row, col);
      } else formula = written?.text || undefined;
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
