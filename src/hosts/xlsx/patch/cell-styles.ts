import { applySplices, attributes, children, childNamed, content, insertChildSplice, prefixOf, rootElement, startTagXml, type Splice, type XmlElement } from "./xml-elements";

/** An empty stylesheet for a package without one: Excel's defaults, which cells without a format use. */
export const DEFAULT_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  "</styleSheet>";

/** What CT_Stylesheet's sequence has after <fills>, and after <cellXfs>. */
const AFTER_FILLS = ["borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
const AFTER_CELL_XFS = ["cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
/** The fills Excel reserves at 0 and 1, for a stylesheet that has none. */
const RESERVED_FILLS = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
const DEFAULT_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';

interface List {
  element: XmlElement | undefined;
  /** The entries' XML, existing ones as they are, then the added ones. */
  items: string[];
  existing: number;
}

function readList(xml: string, root: XmlElement, name: string, defaults: string[]): List {
  const element = childNamed(xml, root, name);
  const items = element ? children(xml, element).map((e) => xml.slice(e.start, e.end)) : defaults;
  return { element, items, existing: element ? items.length : 0 };
}

/** With a prefixed namespace (<x:fill>), every element name written takes the prefix. */
function prefixed(xml: string, prefix: string): string {
  return prefix ? xml.replace(/<(\/?)(\w)/g, `<$1${prefix}$2`) : xml;
}

/**
 * The cell formats of xl/styles.xml, with formats added for flagged cells: a solid fill appended to <fills>, and a
 * copy of the cell's format with that fill appended to <cellXfs>; existing entries stay as they are, so every other
 * cell looks as before. One format is added per (format, fill) pair.
 */
export class CellStyles {
  private readonly root: XmlElement;
  private readonly prefix: string;
  private readonly fills: List;
  private readonly xfs: List;
  private readonly added = new Map<string, number>();

  constructor(private readonly xml: string) {
    this.root = rootElement(xml);
    this.prefix = prefixOf(this.root.name);
    this.fills = readList(xml, this.root, "fills", RESERVED_FILLS.map((f) => prefixed(f, this.prefix)));
    this.xfs = readList(xml, this.root, "cellXfs", [prefixed(DEFAULT_XF, this.prefix)]);
  }

  /** The index of a cell format: `xf` with a solid fill of `color` ("#RRGGBB"). */
  withFill(xf: number, color: string): number {
    const key = `${xf}|${color}`;
    const known = this.added.get(key);
    if (known !== undefined) return known;
    const fillId = this.indexOf(this.fills, prefixed(`<fill><patternFill patternType="solid"><fgColor rgb="FF${color.slice(1).toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill>`, this.prefix));
    const index = this.indexOf(this.xfs, this.copyWithFill(this.xfs.items[xf] ?? this.xfs.items[0], fillId));
    this.added.set(key, index);
    return index;
  }

  /** An existing identical entry's index (a file patched before already has it), else the new entry's. */
  private indexOf(list: List, item: string): number {
    const found = list.items.indexOf(item);
    if (found >= 0) return found;
    list.items.push(item);
    return list.items.length - 1;
  }

  private copyWithFill(xfXml: string, fillId: number): string {
    const element = rootElement(xfXml);
    const a = attributes(xfXml, element);
    a.set("fillId", String(fillId));
    a.set("applyFill", "1");
    return startTagXml(element.name, a, element.selfClosing) + xfXml.slice(element.openEnd);
  }

  /** The stylesheet with the added entries, or undefined when nothing was added. */
  toXml(): string | undefined {
    if (this.added.size === 0) return undefined;
    const splices = [this.listSplice(this.fills, "fills", AFTER_FILLS), this.listSplice(this.xfs, "cellXfs", AFTER_CELL_XFS)];
    return applySplices(this.xml, splices.filter((s) => s !== undefined));
  }

  /** The list element with its added entries and their count, or a new element holding them all. */
  private listSplice(list: List, name: string, followers: string[]): Splice | undefined {
    const added = list.items.slice(list.existing).join("");
    if (!added) return undefined;
    const element = list.element;
    if (!element) return insertChildSplice(this.xml, this.root, `<${this.prefix}${name} count="${list.items.length}">${added}</${this.prefix}${name}>`, followers);
    const a = attributes(this.xml, element);
    a.set("count", String(list.items.length));
    const body = content(this.xml, element);
    return { start: element.start, end: element.end, text: `${startTagXml(element.name, a, false)}${body}${added}</${element.name}>` };
  }
}
