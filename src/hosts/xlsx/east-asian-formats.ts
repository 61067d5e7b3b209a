import JSZip from "jszip";

const STYLES = "xl/styles.xml";

/**
 * Excel's built-in East Asian number formats with their zh-CN codes (ECMA-376 Part 1 §18.8.30). Files use them
 * without declaring them, and exceljs knows them only per locale: undeclared, their cells reach exceljs with no
 * format at all, so a date typed as 2023年12月31日 reads as a plain number.
 */
const EAST_ASIAN_FORMATS: Record<number, string> = {
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

const CELL_XFS = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/;
/** The whole <numFmts> element, empty or not; group 1 is its content. */
const NUM_FMTS = /<numFmts\b[^>]*?(?:\/>|>([\s\S]*?)<\/numFmts>)/;
const STYLE_SHEET_OPEN = /<styleSheet\b[^>]*>/;

/** The numFmtIds in the `tag` elements of an XML fragment. */
function numFmtIds(fragment: string, tag: string): Set<number> {
  const attribute = new RegExp(`<${tag}\\b[^>]*?\\snumFmtId=["'](\\d+)["']`, "g");
  return new Set(Array.from(fragment.matchAll(attribute), (m) => Number(m[1])));
}

/** styles.xml with the East Asian formats its cell formats use but <numFmts> lacks declared, or undefined if none. */
function declareMissing(styles: string): string | undefined {
  const numFmts = NUM_FMTS.exec(styles);
  const declared = numFmtIds(numFmts?.[1] ?? "", "numFmt");
  const missing = [...numFmtIds(CELL_XFS.exec(styles)?.[1] ?? "", "xf")]
    .filter((id) => id in EAST_ASIAN_FORMATS && !declared.has(id))
    .sort((a, b) => a - b);
  if (missing.length === 0) return undefined;
  const added = missing
    .map((id) => `<numFmt numFmtId="${id}" formatCode="${EAST_ASIAN_FORMATS[id].replace(/"/g, "&quot;")}"/>`)
    .join("");
  const element = `<numFmts count="${declared.size + missing.length}">${numFmts?.[1] ?? ""}${added}</numFmts>`;
  if (numFmts) return styles.replace(NUM_FMTS, () => element);
  // <numFmts> is the stylesheet's first child.
  const open = STYLE_SHEET_OPEN.exec(styles);
  if (!open) return undefined;
  const at = open.index + open[0].length;
  return styles.slice(0, at) + element + styles.slice(at);
}

/**
 * An .xlsx package's bytes with the East Asian built-in number formats its cells use declared in xl/styles.xml, so
 * that exceljs reads them; `data` itself when nothing is missing (most files: only styles.xml is inflated to tell).
 * No node imports: the web page loads files through it too.
 */
export async function declareEastAsianFormats(data: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const entry = zip.file(STYLES);
  if (!entry) return data;
  const styles = declareMissing(await entry.async("string"));
  if (styles === undefined) return data;
  zip.file(STYLES, styles);
  // Entries already deflated (all of them, as Excel writes) are copied as they are: only styles.xml is deflated.
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
