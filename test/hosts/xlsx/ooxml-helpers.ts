import { strToU8, zipSync, type Zippable } from "fflate";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";
import { holdsSerialDays } from "../../../src/hosts/xlsx/ooxml/number-formats";
import { loadExceljs, workbookSnapshot } from "../../helpers/exceljs-reference";

/** The snapshot as exceljs reads the file: the reference of the differential tests. */
export async function exceljsSnapshot(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  return workbookSnapshot(await loadExceljs(bytes));
}

/**
 * A snapshot as exceljs reads it where exceljs is known to be wrong, for differential tests; each difference is
 * asserted the right way round in ooxml-parts.test.ts:
 * - a formula's cached 0 or FALSE is null (exceljs keeps only truthy cached results; a date format's 0 became a
 *   Date first, and stays);
 * - a number format's backslash escapes are dropped (`yyyy\-mm\-dd` reads as `yyyy-mm-dd`, `0\%` as `0%`).
 */
export function asExceljsReads(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return {
    sheets: snapshot.sheets.map((sheet) => ({
      ...sheet,
      cells: sheet.cells.map((cell) => {
        const out = { ...cell };
        if (out.formula && (out.value === 0 || out.value === false) && !(out.numFmt && holdsSerialDays(out.numFmt))) out.value = null;
        if (out.numFmt) out.numFmt = out.numFmt.replace(/\\(.)/g, "$1");
        return out;
      }),
    })),
  };
}

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface HandMadeSheet {
  name: string;
  /** The worksheet part's XML; `worksheet()` writes the usual one around a `<sheetData>`'s content. */
  xml: string;
  state?: "hidden" | "veryHidden";
  /** The part's name in the package; "xl/worksheets/sheetN.xml" by default. */
  part?: string;
  /** The relationship type's last segment; "worksheet" by default. */
  kind?: string;
}

export interface HandMadePackage {
  sheets: HandMadeSheet[];
  /** `<si>` elements' content, one string item each (`<t>a</t>`, `<r><t>a</t></r>`, …). */
  strings?: string[];
  styles?: string;
  /** Attributes of `<workbookPr>`, e.g. `date1904="1"`. */
  workbookPr?: string;
  /** Parts added or replaced as they are. */
  parts?: Record<string, string>;
}

/** A worksheet part with `rows` as its `<sheetData>` content and `after` following it (e.g. `<mergeCells>`). */
export function worksheet(rows: string, after = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>${rows}</sheetData>${after}</worksheet>`;
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** A styles part whose cell formats (s="0", "1", …) use these numFmtIds, with these custom formats declared. */
export function styles(xfNumFmtIds: number[], numFmts: Record<number, string> = {}): string {
  const declared = Object.entries(numFmts).map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escape(code)}"/>`);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}">` +
    (declared.length ? `<numFmts count="${declared.length}">${declared.join("")}</numFmts>` : "") +
    `<fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>` +
    `<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="${xfNumFmtIds.length}">${xfNumFmtIds.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`).join("")}</cellXfs>` +
    `<dxfs count="1"><dxf><numFmt numFmtId="0" formatCode="0.000"/></dxf></dxfs></styleSheet>`
  );
}

/** An .xlsx package written by hand, part by part, as other programs than Excel may write one. */
export function handMadeXlsx(pkg: HandMadePackage): Uint8Array {
  const parts: Record<string, string> = {};
  const sheetRels = pkg.sheets.map((s, i) => {
    const part = s.part ?? `xl/worksheets/sheet${i + 1}.xml`;
    parts[part] = s.xml;
    return `<Relationship Id="rId${i + 1}" Type="${REL_NS}/${s.kind ?? "worksheet"}" Target="${part.startsWith("xl/") ? part.slice(3) : `/${part}`}"/>`;
  });
  const n = pkg.sheets.length;
  parts["[Content_Types].xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`;
  parts["_rels/.rels"] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  parts["xl/workbook.xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr ${pkg.workbookPr ?? ""}/><sheets>` +
    pkg.sheets.map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`).join("") +
    `</sheets></workbook>`;
  parts["xl/_rels/workbook.xml.rels"] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_REL_NS}">${sheetRels.join("")}` +
    `<Relationship Id="rId${n + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${n + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  parts["xl/styles.xml"] = pkg.styles ?? styles([0]);
  const strings = pkg.strings ?? [];
  parts["xl/sharedStrings.xml"] = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN_NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si>${s}</si>`).join("")}</sst>`;
  Object.assign(parts, pkg.parts);
  const files: Zippable = {};
  for (const [name, xml] of Object.entries(parts)) files[name] = strToU8(xml);
  return zipSync(files, { level: 6 });
}
