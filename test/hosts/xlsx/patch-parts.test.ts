/**
 * `patchWorkbook` on packages written by hand, part by part: formula cells, cell and row order, cell formats,
 * escaping, notes next to other people's, prefixed namespaces, odd zip layouts, the record of the flags.
 */
import ExcelJS from "exceljs";
import { XMLValidator } from "fast-xml-parser";
import { unzipSync, zipSync } from "fflate";
import JSZip from "jszip";
import type { Finding } from "../../../src/core/findings";
import { flagNote } from "../../../src/core/messages";
import { NOTE_PREFIX, SEVERITY_FILL, type Flag, type ValueWrite, type WritePlan } from "../../../src/core/plan";
import { LEGACY_FLAG_SHEET as FLAG_SHEET } from "../../../src/hosts/flag-record";
import type { FlagRecord } from "../../../src/hosts/host";
import { readWorkbookSnapshot } from "../../../src/hosts/xlsx/ooxml/read";
import { patchWorkbook } from "../../../src/hosts/xlsx/patch/patch-workbook";
import { readZip } from "../../../src/hosts/xlsx/zip-read";
import { cellText } from "../../../src/hosts/xlsx/patch/xml-text";
import { loadExceljs, noteText } from "../../helpers/exceljs-reference";
import { packageRecord } from "./flag-record-helpers";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SHEET_TYPE = `${R}/worksheet`;
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const STYLES =
  `${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="11"/><name val="宋体"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment horizontal="center"/></xf></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

interface SheetSpec {
  name: string;
  part?: string;
  /** The worksheet XML's content, inside <worksheet>. */
  body: string;
  rels?: string;
}

/** An .xlsx package from worksheet contents, with the other parts Excel needs. */
function packageParts(sheets: SheetSpec[], options: { styles?: boolean; workbookTail?: string } = {}): Record<string, string> {
  const parts: Record<string, string> = {};
  const overrides: string[] = [];
  const rels: string[] = [];
  const entries: string[] = [];
  sheets.forEach((s, i) => {
    const part = s.part ?? `xl/worksheets/sheet${i + 1}.xml`;
    parts[part] = `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${R}">${s.body}</worksheet>`;
    if (s.rels) parts[part.replace(/([^/]+)$/, "_rels/$1.rels")] = s.rels;
    overrides.push(`<Override PartName="/${encodeURI(part)}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
    rels.push(`<Relationship Id="rId${i + 1}" Type="${SHEET_TYPE}" Target="${encodeURI(part.slice(3))}"/>`);
    entries.push(`<sheet name="${s.name.replace(/&/g, "&amp;").replace(/</g, "&lt;")}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  });
  if (options.styles !== false) {
    parts["xl/styles.xml"] = STYLES;
    overrides.push('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>');
    rels.push(`<Relationship Id="rId99" Type="${R}/styles" Target="styles.xml"/>`);
  }
  parts["[Content_Types].xml"] =
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides.join("")}</Types>`;
  parts["_rels/.rels"] = `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  parts["xl/workbook.xml"] = `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets>${entries.join("")}</sheets>${options.workbookTail ?? '<calcPr calcId="191029"/>'}</workbook>`;
  parts["xl/_rels/workbook.xml.rels"] = `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
  return parts;
}

function zip(parts: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, encoder.encode(text)])));
}

function unzipped(data: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(data)).map(([name, bytes]) => [name, decoder.decode(bytes)]));
}

const value = (sheet: string, cell: string, v: number | string): ValueWrite => ({
  sheet, cell, value: v, previous: null, reason: "empty-total", variant: "totalScore", params: {}, table: { range: "A1:J20", kind: "self-evaluation" },
});
const flag = (sheet: string, cell: string, fill = "#FFC7CE"): Flag => ({
  sheet, cell, severity: "error", fill, rules: ["score-total"],
  findings: [{ rule: "score-total", variant: "plain", severity: "error", sheet, cell, params: { expected: 96, actual: 69 } }],
});
/** The note every flag of `flag` carries, in Chinese and in English. */
const NOTE = flagNote(flag("表", "A1"), "zh-CN");
const NOTE_EN = flagNote(flag("表", "A1"), "en-US");

/** The `r` of every row and cell of sheetData, in document order. */
function order(sheetXml: string): string[] {
  return [...sheetXml.matchAll(/<(?:\w+:)?(row|c)\b[^>]*?\sr="([^"]+)"/g)].map((m) => m[2]);
}

function expectWellFormed(parts: Record<string, string>): void {
  for (const [name, text] of Object.entries(parts)) {
    if (/\.(xml|rels|vml)$/.test(name)) expect({ name, valid: XMLValidator.validate(text) }).toEqual({ name, valid: true });
  }
}

describe("values", () => {
  const body =
    '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="array" ref="B1:B2">A1:A2*2</f><v>2</v></c></row>' +
    '<row r="2"><c r="A2"><f t="shared" ref="A2:A3" si="0">A1*2</f><v>2</v></c><c r="B2"><v>4</v></c></row>' +
    '<row r="3"><c r="A3"><f t="shared" si="0"/><v>4</v></c></row></sheetData>';

  it("never writes over a formula, an array formula's cells, a missing sheet or a number that is not finite", async () => {
    const data = zip(packageParts([{ name: "表", body }], { workbookTail: '<extLst><ext uri="{x}"/></extLst>' }));
    const plan: WritePlan = {
      values: [
        value("表", "A1", "=SUM(B1:B9)"), value("表", "A2", 99), value("表", "A3", 5), value("表", "B2", 7),
        value("表", "C5", Infinity), value("表", "C6", NaN), value("无此表", "A1", 1), value("表", "C1", 12.5),
      ],
      flags: [],
    };
    const result = patchWorkbook(data, plan, "zh-CN");
    expect(result.written.map((v) => v.cell)).toEqual(["A1", "C1"]);
    expect(result.skipped.map((v) => `${v.sheet}!${v.cell}`)).toEqual(["表!A2", "表!A3", "表!B2", "表!C5", "表!C6", "无此表!A1"]);
    const parts = unzipped(result.data);
    expectWellFormed(parts);
    expect(parts["xl/workbook.xml"]).toContain('<calcPr fullCalcOnLoad="1"/><extLst>');
    expect(parts["xl/worksheets/sheet1.xml"]).toContain('<c r="A1" t="inlineStr"><is><t xml:space="preserve">=SUM(B1:B9)</t></is></c>');
    const ws = (await loadExceljs(result.data)).getWorksheet("表");
    expect(ws?.getCell("A1").type).toBe(ExcelJS.ValueType.String);
    expect(ws?.getCell("A1").value).toBe("=SUM(B1:B9)");
    expect(ws?.getCell("C1").value).toBe(12.5);
    expect(ws?.getCell("A2").formula).toBe("A1*2");
    expect(ws?.getCell("B2").value).toBe(4);
  });

  it("sets fullCalcOnLoad only when it wrote a value, keeping calcPr's other attributes", () => {
    const data = zip(packageParts([{ name: "表", body }]));
    const none = unzipped(patchWorkbook(data, { values: [value("表", "A2", 1)], flags: [] }, "zh-CN").data);
    expect(none["xl/workbook.xml"]).toContain('<calcPr calcId="191029"/>');
    const some = unzipped(patchWorkbook(data, { values: [value("表", "C1", 1)], flags: [] }, "zh-CN").data);
    expect(some["xl/workbook.xml"]).toContain('<calcPr calcId="191029" fullCalcOnLoad="1"/>');
  });

  it("escapes what it writes: markup characters, controls, CR and literal _xHHHH_ sequences", async () => {
    const markup: Finding = { rule: "score-range", variant: "notNumber", severity: "error", sheet: "表", cell: "A1", params: { name: `<&> "引号"`, text: "_x0041_" } };
    const texts = [`a<b & "c" 'd'`, "\u0001控制", "第一行\r\n第二行", "_x0041_ 原样"];
    const data = zip(packageParts([{ name: "表", body: "<sheetData/>" }]));
    const plan: WritePlan = { values: texts.map((t, i) => value("表", `A${i + 1}`, t)), flags: [{ ...flag("表", "A1"), findings: [markup] }] };
    const result = patchWorkbook(data, plan, "zh-CN");
    const parts = unzipped(result.data);
    expectWellFormed(parts);
    const written = [...parts["xl/worksheets/sheet1.xml"].matchAll(/<t xml:space="preserve">([^<]*)<\/t>/g)].map((m) => cellText(m[1]));
    expect(written).toEqual(texts);
    const note = /<comment ref="A1"[\s\S]*?<t xml:space="preserve">([^<]*)<\/t>/.exec(parts["xl/comments1.xml"])?.[1] ?? "";
    expect(cellText(note)).toBe(`${NOTE_PREFIX}“<&> "引号"”的得分“_x0041_”不是数字`);
    const ws = (await loadExceljs(result.data)).getWorksheet("表");
    expect(ws?.getCell("A1").value).toBe(texts[0]);
  });
});

describe("cell and row order", () => {
  it("creates cells and rows where they belong: in a row, before, between and after rows, in an empty-element row", async () => {
    const body = '<dimension ref="B2:F6"/><sheetData><row r="2"><c r="B2"><v>1</v></c><c r="D2"><v>2</v></c></row><row r="4" spans="1:4"/><row r="6"><c r="F6"><v>3</v></c></row></sheetData>';
    const data = zip(packageParts([{ name: "表", body }]));
    const targets = ["C2", "E2", "A2", "D4", "B4", "C3", "A1", "Z9", "A5"];
    const result = patchWorkbook(data, { values: targets.map((c, i) => value("表", c, i + 10)), flags: [] }, "zh-CN");
    const sheet = unzipped(result.data)["xl/worksheets/sheet1.xml"];
    expect(order(sheet)).toEqual(["1", "A1", "2", "A2", "B2", "C2", "D2", "E2", "3", "C3", "4", "B4", "D4", "5", "A5", "6", "F6", "9", "Z9"]);
    const ws = (await loadExceljs(result.data)).getWorksheet("表");
    targets.forEach((c, i) => expect(ws?.getCell(c).value).toBe(i + 10));
    expect([ws?.getCell("B2").value, ws?.getCell("D2").value, ws?.getCell("F6").value]).toEqual([1, 2, 3]);
  });

  it("reads rows and cells without r attributes by their position", () => {
    const body = "<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row></sheetData>";
    const data = zip(packageParts([{ name: "表", body }]));
    const result = patchWorkbook(data, { values: [value("表", "B1", 20), value("表", "C2", 30)], flags: [] }, "zh-CN");
    expect(unzipped(result.data)["xl/worksheets/sheet1.xml"]).toContain(
      '<sheetData><row><c><v>1</v></c><c r="B1"><v>20</v></c></row><row><c><v>3</v></c><c r="C2"><v>30</v></c></row></sheetData>',
    );
    // exceljs cannot read rows without r; the package reader can.
    const cells = readWorkbookSnapshot("t.xlsx", result.data).sheets[0].cells.map((c) => [c.row, c.col, c.value]);
    expect(cells).toEqual([[0, 0, 1], [0, 1, 20], [1, 0, 3], [1, 2, 30]]);
  });
});

describe("cell formats", () => {
  const body =
    '<cols><col min="3" max="3" width="12" style="2" customWidth="1"/></cols><sheetData><row r="1"><c r="B1" s="1"><v>1</v></c><c r="D1"><v>2</v></c></row>' +
    '<row r="2"><c r="B2" s="1"><v>3</v></c></row><row r="5" s="1" customFormat="1"/></sheetData>';

  it("copies each cell's own format (or its row's or column's) with the fill, once per format and fill, leaving existing formats alone", async () => {
    const data = zip(packageParts([{ name: "表", body }]));
    const plan: WritePlan = { values: [], flags: [flag("表", "B1"), flag("表", "B2"), flag("表", "C1"), flag("表", "A5"), flag("表", "D1", "#FFEB9C")] };
    const result = patchWorkbook(data, plan, "zh-CN");
    expect(result.flagged).toBe(5);
    const parts = unzipped(result.data);
    const styles = parts["xl/styles.xml"];
    const oldXfs = /<cellXfs count="3">([\s\S]*?)<\/cellXfs>/.exec(STYLES)?.[1] ?? "";
    expect(styles).toContain(`<cellXfs count="6">${oldXfs}`);
    expect(styles).toContain('<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/>');
    expect(styles).toContain('<xf numFmtId="10" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"><alignment horizontal="center"/></xf>');
    const sheet = parts["xl/worksheets/sheet1.xml"];
    const s = (cell: string) => new RegExp(`<c r="${cell}"[^>]*\\ss="(\\d+)"`).exec(sheet)?.[1];
    expect([s("B1"), s("B2"), s("C1"), s("A5"), s("D1")]).toEqual(["3", "3", "4", "3", "5"]);
    const ws = (await loadExceljs(result.data)).getWorksheet("表");
    expect(ws?.getCell("B1").font).toMatchObject({ bold: true });
    expect(ws?.getCell("C1").numFmt).toBe("0.00%");
    expect(ws?.getCell("D1").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFEB9C" } });
  });

  it("gives a package without a stylesheet one, related and typed", async () => {
    const data = zip(packageParts([{ name: "表", body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }], { styles: false }));
    const result = patchWorkbook(data, { values: [], flags: [flag("表", "A1")] }, "zh-CN");
    const parts = unzipped(result.data);
    expect(parts["xl/_rels/workbook.xml.rels"]).toContain('Target="styles.xml"');
    expect(parts["[Content_Types].xml"]).toContain('<Override PartName="/xl/styles.xml"');
    const ws = (await loadExceljs(result.data)).getWorksheet("表");
    expect(ws?.getCell("A1").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
  });
});

describe("notes", () => {
  /** A workbook as Excel users make it: notes on A1 (someone else's) and B2 (rich text, on a cell to be flagged). */
  async function withNotes(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表");
    ws.getCell("A1").value = "项目";
    ws.getCell("A1").note = "王五：别改";
    ws.getCell("B2").value = 69;
    ws.getCell("B2").note = { texts: [{ font: { bold: true }, text: "张三:" }, { text: "\n请复核  " }] };
    ws.getCell("C3").value = 1;
    const other = wb.addWorksheet("另一表");
    other.getCell("A1").value = 1;
    other.getCell("A2").value = "备注所在";
    other.getCell("A2").note = "另一表的备注";
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it("keeps other people's notes, puts ours after the person's own text, and adds a box only where none was", async () => {
    const data = await withNotes();
    const plan: WritePlan = { values: [], flags: [flag("表", "B2"), flag("表", "C3"), flag("另一表", "B1")] };
    const result = patchWorkbook(data, plan, "zh-CN");
    const before = unzipped(data);
    const parts = unzipped(result.data);
    expectWellFormed(parts);
    const comment = (xml: string, ref: string) => new RegExp(`<comment ref="${ref}"[\\s\\S]*?</comment>`).exec(xml)?.[0];
    expect(comment(parts["xl/comments1.xml"], "A1")).toBe(comment(before["xl/comments1.xml"], "A1"));
    expect(comment(parts["xl/comments1.xml"], "B2")).toContain("<b/>");
    expect(comment(parts["xl/comments2.xml"], "A2")).toBe(comment(before["xl/comments2.xml"], "A2"));
    const vml = parts["xl/drawings/vmlDrawing1.vml"];
    expect(vml.startsWith(before["xl/drawings/vmlDrawing1.vml"].slice(0, vml.indexOf("<v:shape ")))).toBe(true);
    expect([...vml.matchAll(/<x:Row>(\d+)<\/x:Row>\s*<x:Column>(\d+)<\/x:Column>/g)].map((m) => `${m[1]},${m[2]}`).sort()).toEqual(["0,0", "1,1", "2,2"]);
    for (const [name, count] of [["xl/drawings/vmlDrawing1.vml", 3], ["xl/drawings/vmlDrawing2.vml", 2]] as const) {
      const ids = [...parts[name].matchAll(/<v:shape [^>]*?id="([^"]+)"/g)].map((m) => m[1]);
      expect({ name, ids: ids.length, unique: new Set(ids).size }).toEqual({ name, ids: count, unique: count });
    }

    const wb = await loadExceljs(result.data);
    const ws = wb.getWorksheet("表");
    expect(noteText(ws?.getCell("A1").note)).toBe("王五：别改");
    expect(noteText(ws?.getCell("B2").note)).toBe(`张三:\n请复核\n\n${NOTE}`);
    expect(noteText(ws?.getCell("C3").note)).toBe(NOTE);
    expect(noteText(wb.getWorksheet("另一表")?.getCell("B1").note)).toBe(NOTE);
    expect(noteText(wb.getWorksheet("另一表")?.getCell("A2").note)).toBe("另一表的备注");
  });

  it("replaces the notes of a copy annotated by the earlier exceljs write-back instead of adding to them", async () => {
    const wb = await loadExceljs(await withNotes());
    const plan: WritePlan = { values: [], flags: [flag("表", "B2"), flag("表", "C3")] };
    // What that write-back left: the person's note, a blank line, then ours.
    const sheet = wb.getWorksheet("表");
    for (const f of plan.flags) {
      const cell = sheet?.getCell(f.cell);
      if (cell) cell.note = noteText(cell.note) ? `${noteText(cell.note)}\n\n${flagNote(f, "zh-CN")}` : flagNote(f, "zh-CN");
    }
    const annotated = new Uint8Array(await wb.xlsx.writeBuffer());
    const english = await loadExceljs(patchWorkbook(annotated, plan, "en-US").data);
    const ws = english.getWorksheet("表");
    expect(noteText(ws?.getCell("B2").note)).toBe(`张三:\n请复核\n\n${NOTE_EN}`);
    expect(noteText(ws?.getCell("C3").note)).toBe(NOTE_EN);
  });

  it("puts a new <legacyDrawing> where the worksheet schema wants it, before a header-footer drawing", () => {
    const body = '<sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><legacyDrawingHF r:id="rId1"/><extLst><ext uri="{y}"/></extLst>';
    const rels = `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/vmlDrawing" Target="../drawings/vmlDrawingHF1.vml"/></Relationships>`;
    const parts = packageParts([{ name: "表", body, rels }]);
    parts["xl/drawings/vmlDrawingHF1.vml"] = '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout></xml>';
    const out = unzipped(patchWorkbook(zip(parts), { values: [], flags: [flag("表", "A1")] }, "zh-CN").data);
    expect(out["xl/worksheets/sheet1.xml"]).toContain('<legacyDrawing r:id="rId3"/><legacyDrawingHF r:id="rId1"/><extLst>');
    expect(out["xl/drawings/vmlDrawingHF1.vml"]).toBe(parts["xl/drawings/vmlDrawingHF1.vml"]);
    expect(out["xl/drawings/vmlDrawing1.vml"]).toContain('data="2"');
    expect(out["xl/drawings/vmlDrawing1.vml"]).toContain('id="_x0000_s2049"');
  });
});

describe("names and namespaces", () => {
  it("finds a sheet by an escaped name in a part with Chinese characters and spaces, and relates its notes from there", () => {
    const name = "收支 & 绩效 <1>";
    const part = "xl/工作表/第 1 表.xml";
    const data = zip(packageParts([{ name, part, body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }]));
    const result = patchWorkbook(data, { values: [value(name, "B1", 2)], flags: [flag(name, "A1")] }, "zh-CN");
    expect(result.written.length).toBe(1);
    expect(result.flagged).toBe(1);
    const parts = unzipped(result.data);
    expectWellFormed(parts);
    expect(parts[part]).toContain('<c r="B1"><v>2</v></c>');
    expect(parts["xl/工作表/_rels/第 1 表.xml.rels"]).toContain('Target="../comments1.xml"');
    expect(parts[part]).toContain('<legacyDrawing r:id="rId2"/>');
    const entry = readZip(result.data).entries.find((e) => e.name === "xl/工作表/_rels/第 1 表.xml.rels");
    expect(entry && new DataView(entry.central.buffer, entry.central.byteOffset).getUint16(8, true) & 0x800).toBe(0x800);
  });

  it("writes elements with the prefix a part uses for the spreadsheet namespace", () => {
    const parts = packageParts([{ name: "表", body: "" }]);
    parts["xl/worksheets/sheet1.xml"] = `${HEAD}<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    parts["xl/styles.xml"] = STYLES.replace(/<(\/?)(?!\?)/g, "<$1x:").replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`);
    const out = unzipped(patchWorkbook(zip(parts), { values: [value("表", "A2", "文字")], flags: [flag("表", "A1")] }, "zh-CN").data);
    expectWellFormed(out);
    expect(out["xl/worksheets/sheet1.xml"]).toContain('<x:c r="A1" s="3"><x:v>1</x:v></x:c></x:row><x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t xml:space="preserve">文字</x:t></x:is></x:c></x:row>');
    expect(out["xl/worksheets/sheet1.xml"]).toContain(`<x:legacyDrawing xmlns:r="${R}" r:id="rId2"/></x:worksheet>`);
    expect(out["xl/styles.xml"]).toContain('<x:fill><x:patternFill patternType="solid"><x:fgColor rgb="FFFFC7CE"/>');
  });
});

describe("zip layout", () => {
  it("copies entries with data descriptors, stored entries and the archive comment as they are", async () => {
    const parts = packageParts([{ name: "表", body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }]);
    const jszip = new JSZip();
    for (const [name, text] of Object.entries(parts)) jszip.file(name, text, { compression: name === "xl/styles.xml" ? "STORE" : "DEFLATE" });
    jszip.file("customXml/数据 1.xml", "<a/>");
    const data = await jszip.generateAsync({ type: "uint8array", streamFiles: true, comment: "备注 comment" });
    const result = patchWorkbook(data, { values: [value("表", "B1", 2)], flags: [] }, "zh-CN");
    const before = new Map(readZip(data).entries.map((e) => [e.name, e.record]));
    const after = readZip(result.data);
    const kept = after.entries.filter((e) => !["xl/worksheets/sheet1.xml", "xl/workbook.xml"].includes(e.name));
    expect(kept.map((e) => e.name).sort()).toEqual([...before.keys()].filter((n) => !["xl/worksheets/sheet1.xml", "xl/workbook.xml"].includes(n)).sort());
    for (const e of kept) expect(Buffer.from(e.record).equals(Buffer.from(before.get(e.name) ?? new Uint8Array()))).toBe(true);
    expect(decoder.decode(after.comment)).toBe("备注 comment");
    const reread = await JSZip.loadAsync(result.data);
    expect(await reread.file("customXml/数据 1.xml")?.async("string")).toBe("<a/>");
    const ws = (await loadExceljs(result.data)).getWorksheet("表");
    expect(ws?.getCell("B1").value).toBe(2);
  });

  it("patches a Node Buffer (as the command line reads files) without changing it", () => {
    const data = Buffer.from(zip(packageParts([{ name: "表", body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }])));
    const before = Buffer.from(data);
    const result = patchWorkbook(data, { values: [value("表", "B1", 2)], flags: [flag("表", "A1")] }, "zh-CN");
    expect(data.equals(before)).toBe(true);
    expect(unzipped(result.data)["xl/worksheets/sheet1.xml"]).toContain('<c r="B1"><v>2</v></c>');
    // Added: the note's comments, drawing and the sheet's relationships; the record's part, properties and theirs.
    expect(readZip(result.data).entries.length).toBe(readZip(data).entries.length + 6);
  });
});

describe("flag record", () => {
  const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
  const THEME =
    `${HEAD}<a:theme xmlns:a="${A}" name="Office"><a:themeElements><a:clrScheme name="Office">` +
    '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
    '<a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2>' +
    ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"].map((c, i) => `<a:accent${i + 1}><a:srgbClr val="${c}"/></a:accent${i + 1}>`).join("") +
    '<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme></a:themeElements></a:theme>';
  /** Fills 2…, each with the fill colour the add-in reads for it. */
  const FILLS: [string, string | null][] = [
    ['<patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill>', "#FFFF00"],
    ['<patternFill patternType="solid"><fgColor indexed="22"/><bgColor indexed="64"/></patternFill>', "#C0C0C0"],
    // White, Background 1, Darker 15%: theme 0 is lt1 (white), not dk1.
    ['<patternFill patternType="solid"><fgColor theme="0" tint="-0.1499984740745262"/><bgColor indexed="64"/></patternFill>', "#D9D9D9"],
    ['<patternFill patternType="solid"><fgColor theme="3"/><bgColor indexed="64"/></patternFill>', "#44546A"],
    ['<patternFill patternType="solid"><fgColor theme="4" tint="0.7999816888943144"/><bgColor indexed="64"/></patternFill>', "#DAE3F3"],
    ['<patternFill patternType="lightGrid"><fgColor rgb="FFFF0000"/><bgColor rgb="FF00FF00"/></patternFill>', "#00FF00"],
    ['<patternFill patternType="solid"><fgColor auto="1"/></patternFill>', null],
    ['<patternFill patternType="gray125"/>', null],
  ];
  const styles = (colors = "") =>
    STYLES.replace(/<fills count="2">([\s\S]*?)<\/fills>/, (_, f: string) => `<fills count="${FILLS.length + 2}">${f}${FILLS.map(([x]) => `<fill>${x}</fill>`).join("")}</fills>`)
      .replace(/<cellXfs count="3">([\s\S]*?)<\/cellXfs>/, (_, x: string) => `<cellXfs count="${FILLS.length + 3}">${x}${FILLS.map((_f, i) => `<xf numFmtId="0" fontId="0" fillId="${i + 2}" borderId="0" xfId="0" applyFill="1"/>`).join("")}</cellXfs>`)
      .replace("</styleSheet>", `${colors}</styleSheet>`);
  /** Column A: a cell of each fill, A1 without one; B1 has no cell, in a column formatted with fill 2. */
  const BODY =
    '<cols><col min="2" max="2" width="9" style="3" customWidth="1"/></cols><sheetData><row r="1"><c r="A1"><v>0</v></c></row>' +
    FILLS.map((_f, i) => `<row r="${i + 2}"><c r="A${i + 2}" s="${i + 3}"><v>${i}</v></c></row>`).join("") +
    "</sheetData>";
  const CELLS = ["A1", ...FILLS.map((_f, i) => `A${i + 2}`), "B1"];
  const EXPECTED = [null, ...FILLS.map(([, c]) => c), "#FFFF00"];

  function themed(colors = ""): Record<string, string> {
    const parts = packageParts([{ name: "表", body: BODY }, { name: "另表", body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }]);
    parts["xl/styles.xml"] = styles(colors);
    parts["xl/theme/theme1.xml"] = THEME;
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace("</Relationships>", `<Relationship Id="rId98" Type="${R}/theme" Target="theme/theme1.xml"/></Relationships>`);
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace("</Types>", '<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/></Types>');
    return parts;
  }

  /** The record as the add-in reads it: the custom XML part the workbook relates to. */
  function recordOf(data: Uint8Array): Promise<{ record: FlagRecord[] }> {
    return Promise.resolve({ record: packageRecord(data).flags });
  }

  const planFor = (cells: string[], fill?: string): WritePlan => ({ values: [], flags: cells.map((c) => flag("表", c, fill)) });

  it("records each flagged cell's fill before the flag: none, rgb, indexed, theme with tint, a pattern's background, a column's", async () => {
    const data = zip(themed());
    const result = patchWorkbook(data, planFor(CELLS), "zh-CN");
    const parts = unzipped(result.data);
    expectWellFormed(parts);
    expect(parts["xl/workbook.xml"]).not.toContain(FLAG_SHEET);
    expect(parts["xl/_rels/workbook.xml.rels"]).toContain(`<Relationship Id="rId5" Type="${R}/customXml" Target="../customXml/item1.xml"/>`);
    expect(parts["customXml/_rels/item1.xml.rels"]).toContain(`Type="${R}/customXmlProps" Target="itemProps1.xml"`);
    expect(parts["[Content_Types].xml"]).toContain('<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>');
    const { record } = await recordOf(result.data);
    expect(record).toEqual(CELLS.map((cell, i) => ({ sheet: "表", cell, originalFill: EXPECTED[i], noteAdded: true })));
    // What clearing in Excel needs to leave the user's later changes alone: the flag colour and the note written.
    expect(packageRecord(result.data).full[0]).toMatchObject({ fill: SEVERITY_FILL.error, noteDigest: expect.stringMatching(/^[0-9a-f]{8}$/) });
    // The package reader leaves the record out: it is the tool's bookkeeping, not the person's sheet.
    expect(readWorkbookSnapshot("t.xlsx", result.data).sheets.map((s) => s.name)).toEqual(["表", "另表"]);
  });

  it("reads indexed colours from the file's own palette when it has one", async () => {
    const palette = Array.from({ length: 64 }, (_, i) => `<rgbColor rgb="${i === 22 ? "FF123456" : "FF000000"}"/>`).join("");
    const result = patchWorkbook(zip(themed(`<colors><indexedColors>${palette}</indexedColors></colors>`)), planFor(["A3"]), "zh-CN");
    expect((await recordOf(result.data)).record).toEqual([{ sheet: "表", cell: "A3", originalFill: "#123456", noteAdded: true }]);
  });

  it("keeps the recorded fills on a rerun over its own copy, never taking its flag colours for the cells' own", async () => {
    const once = patchWorkbook(zip(themed()), planFor(CELLS), "zh-CN").data;
    const twice = patchWorkbook(once, planFor(["A3", "A1", "A9"], "#FFEB9C"), "zh-CN").data;
    const parts = unzipped(twice);
    expect(Object.keys(parts).filter((n) => n.startsWith("customXml/item"))).toEqual(["customXml/item1.xml", "customXml/itemProps1.xml"]);
    const { record } = await recordOf(twice);
    const expected = new Map(CELLS.map((cell, i) => [cell, { sheet: "表", cell, originalFill: EXPECTED[i], noteAdded: true }]));
    // The cells flagged again first, then the ones still carrying the first run's flag, for 清除标记 to restore.
    const order = ["A3", "A1", "A9", ...CELLS.filter((c) => !["A3", "A1", "A9"].includes(c))];
    expect(record).toEqual(order.map((c) => expected.get(c)));
  });

  it("takes over a record the add-in wrote (shared strings, empty fills), dropping cells of sheets no longer there", async () => {
    const parts = themed();
    const strings = ["sheet", "cell", "originalFill", "noteAdded", "表", "A3", "#ABCDEF", "A5", "已删除的表", "B2"];
    parts["xl/sharedStrings.xml"] = `${HEAD}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${s}</t></si>`).join("")}</sst>`;
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace("</Relationships>", `<Relationship Id="rId97" Type="${R}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId9" Type="${SHEET_TYPE}" Target="worksheets/sheet9.xml"/></Relationships>`);
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace("</sheets>", `<sheet name="${FLAG_SHEET}" sheetId="7" state="veryHidden" r:id="rId9"/></sheets>`);
    const s = (ref: string, i: number) => `<c r="${ref}" t="s"><v>${i}</v></c>`;
    parts["xl/worksheets/sheet9.xml"] =
      `${HEAD}<worksheet xmlns="${MAIN}"><dimension ref="A1:D4"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>` +
      `<row r="1">${s("A1", 0)}${s("B1", 1)}${s("C1", 2)}${s("D1", 3)}</row><row r="2">${s("A2", 4)}${s("B2", 5)}${s("C2", 6)}<c r="D2"><v>1</v></c></row>` +
      `<row r="3">${s("A3", 4)}${s("B3", 7)}<c r="D3"><v>0</v></c></row><row r="4">${s("A4", 8)}${s("B4", 9)}<c r="D4"><v>1</v></c></row></sheetData></worksheet>`;
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace("</Types>", '<Override PartName="/xl/worksheets/sheet9.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>');
    const result = patchWorkbook(zip(parts), planFor(["A3", "A4"]), "zh-CN");
    const out = unzipped(result.data);
    expectWellFormed(out);
    expect(Object.keys(out).filter((n) => n.startsWith("xl/worksheets/sheet")).sort()).toEqual(["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet9.xml"]);
    expect(out["xl/workbook.xml"]).toBe(parts["xl/workbook.xml"]);
    expect((await recordOf(result.data)).record).toEqual([
      { sheet: "表", cell: "A3", originalFill: "#ABCDEF", noteAdded: true },
      { sheet: "表", cell: "A4", originalFill: "#D9D9D9", noteAdded: true },
      { sheet: "表", cell: "A5", originalFill: null, noteAdded: false },
    ]);
  });

  it("records a note as the tool's own only where the cell had no note of a person's", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表");
    ws.getCell("A1").value = 1;
    ws.getCell("A1").note = "张三：请复核";
    ws.getCell("A2").value = 2;
    ws.getCell("A3").value = 3;
    ws.getCell("A3").note = `${NOTE_PREFIX}上次的提示`;
    const data = new Uint8Array(await wb.xlsx.writeBuffer());
    const result = patchWorkbook(data, planFor(["A1", "A2", "A3"]), "zh-CN");
    expect((await recordOf(result.data)).record.map((r) => [r.cell, r.noteAdded])).toEqual([["A1", false], ["A2", true], ["A3", true]]);
  });

  it("writes no record without flags, and never writes into the record sheet", () => {
    const data = zip(themed());
    expect(Object.keys(unzipped(patchWorkbook(data, { values: [value("表", "C1", 1)], flags: [] }, "zh-CN").data))).not.toContain("customXml/item1.xml");
    const once = patchWorkbook(data, planFor(["A1"]), "zh-CN").data;
    const result = patchWorkbook(once, { values: [value(FLAG_SHEET, "E1", 1)], flags: [{ ...flag("表", "A1"), sheet: FLAG_SHEET }] }, "zh-CN");
    expect(result.skipped.length).toBe(1);
    expect(result.flagged).toBe(0);
    expect(Buffer.from(result.data).equals(Buffer.from(once))).toBe(true);
  });
});
