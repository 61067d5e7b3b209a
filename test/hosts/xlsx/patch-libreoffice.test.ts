/**
 * A workbook LibreOffice made, with what exceljs loses on a round trip (a chart, an image, defined names with
 * formulas, sheet-scoped and hidden names, protection, data validation, conditional formats, print setup, notes):
 * a patched copy keeps all of it byte for byte, and opens in LibreOffice with the written total computing and the
 * flags' record (a custom XML part) kept; so does a package whose sheet is at a part named with Chinese characters and spaces.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { unzipSync, zipSync } from "fflate";
import { checkWorkbook } from "../../../src/core/engine";
import { flagNote } from "../../../src/core/messages";
import { NOTE_PREFIX, type WritePlan } from "../../../src/core/plan";
import { cellAddress } from "../../../src/core/snapshot";
import { readWorkbookSnapshot } from "../../../src/hosts/xlsx/ooxml/read";
import { patchWorkbook, type PatchedWorkbook } from "../../../src/hosts/xlsx/patch/patch-workbook";
import { loadExceljs, noteText } from "../../helpers/exceljs-reference";
import { recalculatedCsv, recalculatedXlsx, requireLibreOffice } from "../../helpers/libreoffice";
import { S08, tempDir } from "../../cli/run";
import { packageRecord } from "./flag-record-helpers";

jest.setTimeout(300_000);

const SHEET = "抽查2 残疾人 康复";
const NOTES_SHEET = "说明 页";
/** s08's sheet 抽查2, whose table the fixture copies. */
const SOURCE_SHEET = "抽查2.残疾人儿童康复训练补助";
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGP4z8AARwzEcQCukw/x0F8jngAAAABJRU5ErkJggg==";
const decoder = new TextDecoder();

const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const text = (s: string) => s.split("\n").map((line) => `<text:p>${xml(line)}</text:p>`).join("");

/** Notes already in the fixture: someone's on a cell the check flags (I19), another's on a cell it leaves (B3). */
const EXISTING_NOTES: Record<string, string> = {
  I19: "<office:annotation><dc:creator>张三</dc:creator><text:p>原有备注：请复核</text:p></office:annotation>",
  B3: "<office:annotation><dc:creator>李四</dc:creator><text:p>项目名称 &lt;已确认&gt;</text:p></office:annotation>",
};

/**
 * The fixture as a flat ODF spreadsheet: s08's 抽查2 table with its total H21 left empty and K21 = H21*2, with a chart
 * of its scores, an image, a protected sheet, validation and a conditional format on the scores, print setup, names.
 */
async function fixtureFods(): Promise<string> {
  const sheet = readWorkbookSnapshot(S08, await fs.readFile(S08)).sheets.find((s) => s.name === SOURCE_SHEET);
  if (!sheet) throw new Error(`s08 lacks ${SOURCE_SHEET}`);
  const values = new Map(sheet.cells.map((c) => [cellAddress(c.row, c.col), c.value]));
  const spans = new Map(sheet.merges.map((m) => [cellAddress(m.top, m.left), m]));
  const covered = new Set(sheet.merges.flatMap((m) => {
    const cells: string[] = [];
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) cells.push(cellAddress(r, c));
    return cells;
  }));
  const q = `'${SHEET}'`;
  const rows: string[] = [];
  for (let r = 0; r <= 20; r++) {
    const cells: string[] = [];
    for (let c = 0; c <= 10; c++) {
      const at = cellAddress(r, c);
      const m = spans.get(at);
      const attributes = [
        m ? ` table:number-columns-spanned="${m.right - m.left + 1}" table:number-rows-spanned="${m.bottom - m.top + 1}"` : "",
        c === 7 && r >= 13 && r <= 19 ? ' table:content-validation-name="score"' : "",
      ].join("");
      const note = EXISTING_NOTES[at] ?? "";
      const v = at === "H21" ? null : values.get(at);
      if (covered.has(at)) cells.push("<table:covered-table-cell/>");
      else if (at === "K21") cells.push('<table:table-cell table:formula="of:=[.H21]*2" office:value-type="float" office:value="0"><text:p>0</text:p></table:table-cell>');
      else if (typeof v === "number") cells.push(`<table:table-cell${attributes} office:value-type="float" office:value="${v}">${note}<text:p>${v}</text:p></table:table-cell>`);
      else if (typeof v === "string") cells.push(`<table:table-cell${attributes} office:value-type="string">${note}${text(v)}</table:table-cell>`);
      else cells.push(`<table:table-cell${attributes}>${note}</table:table-cell>`);
    }
    rows.push(`<table:table-row>${cells.join("")}</table:table-row>`);
  }
  const scores = `${q}.H14:${q}.H20`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:styles><style:style style:name="Default" style:family="table-cell"/><style:style style:name="Low" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#ffcccc"/></style:style></office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" style:scale-to-X="1" style:scale-to-Y="1" style:print="grid headers"/></style:page-layout>
<style:style style:name="ta1" style:family="table" style:master-page-name="mp1"><style:table-properties table:display="true"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="mp1" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:spreadsheet>
<table:content-validations><table:content-validation table:name="score" table:condition="of:cell-content-is-decimal-number() and cell-content-is-between(0,100)" table:allow-empty-cell="true" table:base-cell-address="${q}.H14"/></table:content-validations>
<table:table table:name="${xml(SHEET)}" table:style-name="ta1" table:protected="true" table:print-ranges="${q}.A1:${q}.J21">
<table:shapes>
<draw:frame draw:z-index="0" draw:name="图片 1" svg:width="1cm" svg:height="1cm" svg:x="26cm" svg:y="1cm"><draw:image><office:binary-data>${PNG}</office:binary-data></draw:image></draw:frame>
<draw:frame draw:z-index="1" draw:name="图表 1" svg:width="8cm" svg:height="5cm" svg:x="26cm" svg:y="3cm"><draw:object draw:notify-on-update-of-ranges="${scores}"><office:document office:mimetype="application/vnd.oasis.opendocument.chart" office:version="1.3"><office:body><office:chart><chart:chart svg:width="8cm" svg:height="5cm" chart:class="chart:bar"><chart:plot-area table:cell-range-address="${scores}"><chart:axis chart:dimension="x" chart:name="primary-x"/><chart:axis chart:dimension="y" chart:name="primary-y"/><chart:series chart:values-cell-range-address="${scores}" chart:class="chart:bar"/></chart:plot-area></chart:chart></office:chart></office:body></office:document></draw:object></draw:frame>
</table:shapes>
<table:table-column table:number-columns-repeated="11"/>
${rows.join("\n")}
<calcext:conditional-formats><calcext:conditional-format calcext:target-range-address="${scores}"><calcext:condition calcext:apply-style-name="Low" calcext:value="&lt;G14" calcext:base-cell-address="${q}.H14"/></calcext:conditional-format></calcext:conditional-formats>
<table:named-expressions><table:named-range table:name="本表得分" table:base-cell-address="${q}.$A$1" table:cell-range-address="${q}.$H$14:.$H$20"/></table:named-expressions>
</table:table>
<table:table table:name="${xml(NOTES_SHEET)}"><table:table-row><table:table-cell office:value-type="string"><text:p>说明</text:p></table:table-cell><table:table-cell table:formula="of:=SUM([${scores}])" office:value-type="float" office:value="0"><text:p>0</text:p></table:table-cell></table:table-row></table:table>
<table:database-ranges><table:database-range table:name="__Anonymous_Sheet_DB__1" table:target-range-address="'${NOTES_SHEET}'.A1:'${NOTES_SHEET}'.B1" table:display-filter-buttons="true"/></table:database-ranges>
<table:named-expressions><table:named-range table:name="总分" table:base-cell-address="${q}.$A$1" table:cell-range-address="${q}.$H$21"/><table:named-expression table:name="两倍总分" table:base-cell-address="${q}.$A$1" table:expression="of:=[${q}.$H$21]*2"/></table:named-expressions>
</office:spreadsheet></office:body></office:document>
`;
}

const PATH_SHEET = "收支 & 绩效";
const PATH_PART = "xl/工作表/第 1 表.xml";

/** A package whose one sheet lives at a part with Chinese characters and spaces, named so in its relationship. */
function packageAtChinesePath(): Uint8Array {
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const rels = "http://schemas.openxmlformats.org/package/2006/relationships";
  const parts: Record<string, string> = {
    "[Content_Types].xml":
      `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/${PATH_PART}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    "_rels/.rels": `${head}<Relationships xmlns="${rels}"><Relationship Id="rId1" Type="${r}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `${head}<workbook xmlns="${main}" xmlns:r="${r}"><sheets><sheet name="${xml(PATH_SHEET)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `${head}<Relationships xmlns="${rels}"><Relationship Id="rId1" Type="${r}/worksheet" Target="${PATH_PART.slice(3)}"/></Relationships>`,
    [PATH_PART]: `${head}<worksheet xmlns="${main}"><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="C1"><f>B1*2</f><v>0</v></c></row></sheetData></worksheet>`,
  };
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, part]) => [name, new TextEncoder().encode(part)])));
}

/** The XML of a part without the elements matched: what a patch must leave exactly as it was. */
function without(part: string, ...elements: RegExp[]): string {
  return elements.reduce((s, e) => s.replace(e, ""), part);
}

let dir: string;
let original: Record<string, string>;
let originalBytes: Uint8Array;
let plan: WritePlan;
let result: PatchedWorkbook;
let patched: Record<string, string>;
let patchedFile: string;
let pathsFile: string;

beforeAll(async () => {
  await requireLibreOffice();
  dir = await tempDir("patch-libreoffice");
  const fods = path.join(dir, "fixture.fods");
  await fs.writeFile(fods, await fixtureFods());
  const [xlsx] = await recalculatedXlsx([fods], path.join(dir, "made"));
  originalBytes = new Uint8Array(await fs.readFile(xlsx));
  original = Object.fromEntries(Object.entries(unzipSync(originalBytes)).map(([name, bytes]) => [name, decoder.decode(bytes)]));
  plan = checkWorkbook(readWorkbookSnapshot(xlsx, originalBytes)).plan;
  result = patchWorkbook(originalBytes, plan, "zh-CN");
  patched = Object.fromEntries(Object.entries(unzipSync(result.data)).map(([name, bytes]) => [name, decoder.decode(bytes)]));
  patchedFile = path.join(dir, "patched.xlsx");
  await fs.writeFile(patchedFile, result.data);
  const paths = patchWorkbook(packageAtChinesePath(), { values: [{ ...plan.values[0], sheet: PATH_SHEET, cell: "B1", value: 21, previous: null }], flags: [{ ...plan.flags[0], sheet: PATH_SHEET, cell: "A1" }] }, "zh-CN");
  expect([paths.written.length, paths.flagged]).toEqual([1, 1]);
  pathsFile = path.join(dir, "paths.xlsx");
  await fs.writeFile(pathsFile, paths.data);
});
afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

test("the fixture LibreOffice made holds what exceljs loses, and the check writes its total and flags a noted cell", () => {
  expect(Object.keys(original)).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/media/image1.png", "xl/comments1.xml", "xl/drawings/vmlDrawing1.vml"]));
  const workbook = original["xl/workbook.xml"];
  expect(workbook).toMatch(/<definedName [^>]*name="两倍总分"[^>]*>[^<]*\$H\$21\*2</);
  expect(workbook).toMatch(/<definedName [^>]*hidden="true"[^>]*name="_xlnm._FilterDatabase"/);
  expect(workbook).toMatch(/<definedName [^>]*localSheetId="0"[^>]*name="_xlnm.Print_Area"/);
  expect(workbook).toContain("<workbookProtection");
  const sheet = original["xl/worksheets/sheet1.xml"];
  for (const element of ["<sheetProtection", "<dataValidation ", "<conditionalFormatting", 'orientation="landscape"', 'fitToPage="true"', 'gridLines="true"', "<drawing ", "<legacyDrawing "]) {
    expect(sheet).toContain(element);
  }
  expect(plan.values).toMatchObject([{ sheet: SHEET, cell: "H21", value: 96, previous: null, reason: "empty-total" }]);
  expect(plan.flags.map((f) => f.cell)).toContain("I19");
  expect(result.written).toEqual(plan.values);
  expect(result.flagged).toBe(plan.flags.length);
});

test("the patched copy keeps every part byte for byte but the cells, formats, notes and record it changes", () => {
  const record = ["customXml/item1.xml", "customXml/itemProps1.xml", "customXml/_rels/item1.xml.rels"];
  const changed = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/comments1.xml", "xl/drawings/vmlDrawing1.vml"];
  expect(Object.keys(patched).sort()).toEqual([...Object.keys(original), ...record].sort());
  for (const name of Object.keys(original).filter((n) => !changed.includes(n))) expect({ name, same: patched[name] === original[name] }).toEqual({ name, same: true });
  // The sheet already has notes: its relationships stay as they were, and the content types gain the record's only.
  const override = '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>';
  expect(patched["[Content_Types].xml"]).toBe(original["[Content_Types].xml"].replace("</Types>", `${override}</Types>`));
  const relationship = /<Relationship Id="rId\d+" Type="[^"]*\/customXml" Target="\.\.\/customXml\/item1\.xml"\/>/;
  expect(without(patched["xl/_rels/workbook.xml.rels"], relationship)).toBe(original["xl/_rels/workbook.xml.rels"]);
  const calcPr = /<calcPr\b[^>]*\/>/;
  expect(without(patched["xl/workbook.xml"], calcPr)).toBe(without(original["xl/workbook.xml"], calcPr));
  expect(patched["xl/workbook.xml"]).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
  const sheetData = /<sheetData>[\s\S]*<\/sheetData>/;
  expect(without(patched["xl/worksheets/sheet1.xml"], sheetData)).toBe(without(original["xl/worksheets/sheet1.xml"], sheetData));
  const lists = [/<fills [^>]*>[\s\S]*?<\/fills>/, /<cellXfs [^>]*>[\s\S]*?<\/cellXfs>/];
  expect(without(patched["xl/styles.xml"], ...lists)).toBe(without(original["xl/styles.xml"], ...lists));
  for (const list of lists) {
    const body = (xmlText: string) => (list.exec(xmlText)?.[0] ?? "").replace(/^<[^>]*>/, "").replace(/<\/\w+>$/, "");
    expect(body(patched["xl/styles.xml"]).startsWith(body(original["xl/styles.xml"]))).toBe(true);
  }
  const b3 = /<comment ref="B3"[\s\S]*?<\/comment>/;
  expect(b3.exec(patched["xl/comments1.xml"])?.[0]).toBe(b3.exec(original["xl/comments1.xml"])?.[0]);
  expect(patched["xl/drawings/vmlDrawing1.vml"].startsWith(original["xl/drawings/vmlDrawing1.vml"].replace(/<\/xml>\s*$/, ""))).toBe(true);
});

test("LibreOffice opens the patched copies with the written totals computing, and shows the fills, notes and record", async () => {
  const sheets = (file: string) => (file === pathsFile ? [PATH_SHEET] : [SHEET, NOTES_SHEET]);
  const csv = await recalculatedCsv([patchedFile, pathsFile], sheets, path.join(dir, "csv"));
  const grid = csv.get(patchedFile);
  expect(grid?.get(SHEET)?.[20]?.[7]).toBe("96");
  expect(grid?.get(SHEET)?.[20]?.[10]).toBe("192");
  expect(grid?.get(NOTES_SHEET)?.[0]?.[1]).toBe("86");
  expect(csv.get(pathsFile)?.get(PATH_SHEET)?.[0]).toEqual(["1", "21", "42"]);
  // I19's note keeps 张三's text before ours: clearing the flag must leave that note alone.
  expect(packageRecord(await fs.readFile(patchedFile)).flags).toEqual(plan.flags.map((f) => ({ sheet: f.sheet, cell: f.cell, originalFill: null, noteAdded: f.cell !== "I19" })));
  expect(packageRecord(await fs.readFile(pathsFile)).flags).toEqual([{ sheet: PATH_SHEET, cell: "A1", originalFill: null, noteAdded: true }]);

  const [resaved, resavedPaths] = await recalculatedXlsx([patchedFile, pathsFile], path.join(dir, "resaved"));
  const wb = await loadExceljs(await fs.readFile(resaved));
  const ws = wb.getWorksheet(SHEET);
  expect(ws?.getCell("H21").value).toBe(96);
  expect(noteText(ws?.getCell("B3").note)).toBe("项目名称 <已确认>");
  const i19 = plan.flags.find((f) => f.cell === "I19");
  expect(noteText(ws?.getCell("I19").note)).toBe(`原有备注：请复核\n\n${i19 && flagNote(i19, "zh-CN")}`);
  for (const flag of plan.flags) {
    expect(ws?.getCell(flag.cell).fill).toMatchObject({ pattern: "solid", fgColor: { argb: `FF${flag.fill.slice(1)}` } });
    expect(noteText(ws?.getCell(flag.cell).note)).toContain(NOTE_PREFIX);
  }
  const pathsCell = (await loadExceljs(await fs.readFile(resavedPaths))).getWorksheet(PATH_SHEET)?.getCell("A1");
  expect(noteText(pathsCell?.note)).toBe(flagNote(plan.flags[0], "zh-CN"));
  expect(pathsCell?.fill).toMatchObject({ pattern: "solid", fgColor: { argb: `FF${plan.flags[0].fill.slice(1)}` } });
});
