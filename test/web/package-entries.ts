import { strToU8, unzipSync, zipSync } from "fflate";

/**
 * Parts that exceljs read past and did not write back: a copy written through it lost them, and the page warned
 * beforehand. The annotated copy must now carry them over untouched.
 */
export const PARTS_EXCELJS_DROPPED: Record<string, Uint8Array> = {
  "xl/charts/chart1.xml": strToU8('<?xml version="1.0" encoding="UTF-8"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>'),
  "xl/vbaProject.bin": Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 1, 2, 3]),
};

/** The parts a patch may rewrite besides the worksheets it writes to: the package's and the workbook's own lists. */
export const BOOKKEEPING_PARTS = ["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"];
export const WORKSHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;

/** An .xlsx package with `parts` added to its entries. */
export function withParts(xlsx: Uint8Array, parts: Record<string, Uint8Array>): Uint8Array {
  return zipSync({ ...unzipSync(xlsx), ...parts });
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

export interface PackageChanges {
  /** Entries of the original that the copy lacks. */
  missing: string[];
  /** Entries of both whose bytes differ. */
  changed: string[];
  /** Entries of the copy only. */
  added: string[];
  /** Entries of both, byte for byte the same. */
  kept: string[];
}

/** How the entries of an .xlsx copy differ from those of its original, each list sorted. */
export function packageChanges(original: Uint8Array, copy: Uint8Array): PackageChanges {
  const before = unzipSync(original);
  const after = unzipSync(copy);
  const names = Object.keys(before).sort();
  return {
    missing: names.filter((n) => !(n in after)),
    changed: names.filter((n) => n in after && !sameBytes(before[n], after[n])),
    added: Object.keys(after).filter((n) => !(n in before)).sort(),
    kept: names.filter((n) => n in after && sameBytes(before[n], after[n])),
  };
}
