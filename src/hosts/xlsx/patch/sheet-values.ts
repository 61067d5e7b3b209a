import { parseAddress } from "../../../core/snapshot";
import { plainText } from "./rich-text";
import { positioned } from "./worksheet-cells";
import { attributes, childNamed, childrenNamed, content, rootElement, type XmlElement } from "./xml-elements";
import { cellText } from "./xml-text";

type SheetValue = string | number | boolean;

/** A shared strings part's (xl/sharedStrings.xml) strings, by index. */
export function sharedStrings(xml: string | undefined): string[] {
  return xml ? childrenNamed(xml, rootElement(xml), "si").map((si) => plainText(xml, si)) : [];
}

/** A worksheet's cell values as rows of columns (0-based), "" where a cell has none, as a range's values read. */
export function sheetValues(xml: string, shared: string[]): SheetValue[][] {
  const sheetData = childNamed(xml, rootElement(xml), "sheetData");
  const grid: SheetValue[][] = [];
  if (!sheetData) return grid;
  for (const row of positioned(xml, childrenNamed(xml, sheetData, "row"), (r) => Number(r) - 1)) {
    const values: SheetValue[] = [];
    for (const cell of positioned(xml, childrenNamed(xml, row.element, "c"), (r) => parseAddress(r)?.col)) {
      values[cell.index] = cellValue(xml, cell.element, shared);
    }
    grid[row.index] = Array.from(values, (v) => v ?? "");
  }
  return Array.from(grid, (r) => r ?? []);
}

function cellValue(xml: string, cell: XmlElement, shared: string[]): SheetValue {
  const type = attributes(xml, cell).get("t") ?? "n";
  if (type === "inlineStr") {
    const is = childNamed(xml, cell, "is");
    return is ? plainText(xml, is) : "";
  }
  const v = childNamed(xml, cell, "v");
  if (!v) return "";
  const text = cellText(content(xml, v));
  if (type === "s") return shared[Number(text)] ?? "";
  if (type === "n") return Number(text);
  if (type === "b") return text === "1";
  return text;
}
