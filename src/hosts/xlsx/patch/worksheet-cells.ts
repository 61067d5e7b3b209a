import { cellAddress, parseAddress } from "../../../core/snapshot";
import { appendSplice, applySplices, attributes, childNamed, children, content, localName, prefixOf, rootElement, startTagXml, type Splice, type XmlElement } from "./xml-elements";
import { escapeCellText } from "./xml-text";
import { addTo } from "../../../core/group";

/** What a patch needs to know about a cell before changing it. */
export interface CellState {
  /** It holds a formula, or lies in an array formula's or data table's range. */
  formula: boolean;
  /** Its cell format (index into cellXfs): its own, else its row's or column's, as Excel shows an empty cell. */
  style: number;
}

/** A change to one cell (0-based position): a new value, a new cell format, or both. */
export interface CellPatch {
  row: number;
  col: number;
  value?: number | string;
  style?: number;
}

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface Positioned {
  element: XmlElement;
  index: number;
}

function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

function parseRange(ref: string): Range | undefined {
  const [a, b] = ref.split(":");
  const start = parseAddress(a);
  const end = parseAddress(b ?? a);
  return start && end ? { top: start.row, left: start.col, bottom: end.row, right: end.col } : undefined;
}

/** Elements in document order with their 0-based index: the `r` attribute read by `parse`, else one after the previous. */
export function positioned(xml: string, elements: XmlElement[], parse: (r: string) => number | undefined): Positioned[] {
  let previous = -1;
  return elements.map((element) => {
    const r = attributes(xml, element).get("r");
    const index = (r !== undefined ? parse(r) : undefined) ?? previous + 1;
    previous = index;
    return { element, index };
  });
}

/**
 * The cells of a worksheet part (its <sheetData>), read where a patch needs them and rewritten in place: every byte
 * outside the changed <c> elements, and the rows they are added to, stays as it was.
 */
export class WorksheetCells {
  private readonly sheetData: XmlElement;
  private readonly rows: Positioned[];
  private readonly rowByIndex: Map<number, Positioned>;
  private readonly cellsByRow = new Map<number, Positioned[]>();
  private readonly columnStyles: { min: number; max: number; style: number }[];
  private readonly arrayRanges: Range[];

  constructor(private readonly xml: string) {
    const root = rootElement(xml);
    const sheetData = childNamed(xml, root, "sheetData");
    if (!sheetData) throw new Error("worksheet without <sheetData>");
    this.sheetData = sheetData;
    this.rows = positioned(xml, children(xml, sheetData).filter((e) => localName(e.name) === "row"), (r) => Number(r) - 1);
    this.rowByIndex = new Map(this.rows.map((r) => [r.index, r]));
    const cols = childNamed(xml, root, "cols");
    this.columnStyles = (cols ? children(xml, cols) : []).flatMap((col) => {
      const a = attributes(xml, col);
      return a.has("style") ? [{ min: Number(a.get("min")) - 1, max: Number(a.get("max")) - 1, style: Number(a.get("style")) }] : [];
    });
    this.arrayRanges = this.formulaRanges();
  }

  /** Ranges whose cells an array formula or a data table computes: none of them may be written. */
  private formulaRanges(): Range[] {
    const data = content(this.xml, this.sheetData);
    const ranges: Range[] = [];
    for (const m of data.matchAll(/<(?:[\w.-]+:)?f\s[^>]*>/g)) {
      const tag = m[0];
      const t = /\st=["'](\w+)["']/.exec(tag)?.[1];
      const ref = /\sref=["']([^"']+)["']/.exec(tag)?.[1];
      const range = ref && (t === "array" || t === "dataTable") ? parseRange(ref) : undefined;
      if (range) ranges.push(range);
    }
    return ranges;
  }

  private cells(row: Positioned): Positioned[] {
    let cells = this.cellsByRow.get(row.index);
    if (!cells) {
      const elements = children(this.xml, row.element).filter((e) => localName(e.name) === "c");
      cells = positioned(this.xml, elements, (r) => parseAddress(r)?.col);
      this.cellsByRow.set(row.index, cells);
    }
    return cells;
  }

  private cell(row: number, col: number): Positioned | undefined {
    const r = this.rowByIndex.get(row);
    return r && this.cells(r).find((c) => c.index === col);
  }

  state(row: number, col: number): CellState {
    const inArray = this.arrayRanges.some((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right);
    const cell = this.cell(row, col);
    const formula = inArray || (cell !== undefined && childNamed(this.xml, cell.element, "f") !== undefined);
    const own = cell && attributes(this.xml, cell.element).get("s");
    if (own !== undefined) return { formula, style: Number(own) };
    const r = this.rowByIndex.get(row);
    const rowAttributes = r && attributes(this.xml, r.element);
    if (rowAttributes && isTrue(rowAttributes.get("customFormat")) && rowAttributes.has("s")) return { formula, style: Number(rowAttributes.get("s")) };
    return { formula, style: this.columnStyles.find((c) => col >= c.min && col <= c.max)?.style ?? 0 };
  }

  /** The worksheet XML with the patches applied; at most one patch per cell. */
  patched(patches: CellPatch[]): string {
    const prefix = prefixOf(this.sheetData.name);
    const splices: Splice[] = [];
    const byRow = new Map<number, CellPatch[]>();
    for (const p of [...patches].sort((a, b) => a.row - b.row || a.col - b.col)) addTo(byRow, p.row, p);
    const newRows: { before: Positioned | undefined; xml: string }[] = [];
    for (const [index, list] of byRow) {
      const row = this.rowByIndex.get(index);
      if (row) splices.push(...this.rowSplices(row, list));
      else {
        const cells = list.map((p) => cellXml(`${prefix}c`, new Map([["r", cellAddress(p.row, p.col)]]), "", p)).join("");
        newRows.push({ before: this.rows.find((r) => r.index > index), xml: `<${prefix}row r="${index + 1}">${cells}</${prefix}row>` });
      }
    }
    splices.push(...insertions(this.xml, this.sheetData, newRows));
    return applySplices(this.xml, splices);
  }

  private rowSplices(row: Positioned, list: CellPatch[]): Splice[] {
    const cells = this.cells(row);
    const splices: Splice[] = [];
    const added: { before: Positioned | undefined; xml: string }[] = [];
    for (const p of list) {
      const existing = cells.find((c) => c.index === p.col);
      if (existing) {
        const e = existing.element;
        const a = attributes(this.xml, e);
        if (!a.has("r")) a.set("r", cellAddress(p.row, p.col));
        splices.push({ start: e.start, end: e.end, text: cellXml(e.name, a, content(this.xml, e), p) });
      } else {
        const name = `${prefixOf(row.element.name)}c`;
        added.push({ before: cells.find((c) => c.index > p.col), xml: cellXml(name, new Map([["r", cellAddress(p.row, p.col)]]), "", p) });
      }
    }
    return [...splices, ...insertions(this.xml, row.element, added)];
  }
}

/** Splices adding new children to `parent`, each before the child given (or at the end), several at one place in order. */
function insertions(xml: string, parent: XmlElement, added: { before: Positioned | undefined; xml: string }[]): Splice[] {
  const byPlace = new Map<Positioned | undefined, string>();
  for (const a of added) byPlace.set(a.before, (byPlace.get(a.before) ?? "") + a.xml);
  return [...byPlace].map(([before, text]) => (before ? { start: before.element.start, end: before.element.start, text } : appendSplice(xml, parent, text)));
}

/** A <c> element: the attributes given (a new format in `s`), and either a new value or the content it had. */
function cellXml(name: string, attrs: Map<string, string>, oldContent: string, patch: CellPatch): string {
  if (patch.style !== undefined) attrs.set("s", String(patch.style));
  let body = oldContent;
  if (patch.value !== undefined) {
    // The type and any value metadata (a rich value's index) belong to the old value.
    attrs.delete("t");
    attrs.delete("vm");
    const prefix = prefixOf(name);
    if (typeof patch.value === "string") {
      attrs.set("t", "inlineStr");
      body = `<${prefix}is><${prefix}t xml:space="preserve">${escapeCellText(patch.value)}</${prefix}t></${prefix}is>`;
    } else body = `<${prefix}v>${String(patch.value)}</${prefix}v>`;
  }
  return body ? `${startTagXml(name, attrs, false)}${body}</${name}>` : startTagXml(name, attrs, true);
}
