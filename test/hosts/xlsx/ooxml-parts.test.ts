import type { WorkbookSnapshot } from "../../../src/core/snapshot";
import { readWorkbookSnapshot } from "../../../src/hosts/xlsx/ooxml/read";
import { exceljsSnapshot, handMadeXlsx, MAIN_NS, styles, worksheet, type HandMadePackage } from "./ooxml-helpers";

/**
 * The OOXML reader on parts written by hand, as programs other than Excel and exceljs write them. Where exceljs
 * reads a case right, the test also holds the two readers equal; where it does not, the test name says what
 * exceljs gets wrong and the right answer is asserted instead.
 */

function read(pkg: HandMadePackage): WorkbookSnapshot {
  return readWorkbookSnapshot("hand-made.xlsx", handMadeXlsx(pkg));
}

async function readBoth(pkg: HandMadePackage): Promise<WorkbookSnapshot> {
  const bytes = handMadeXlsx(pkg);
  const ours = readWorkbookSnapshot("hand-made.xlsx", bytes);
  expect(ours).toEqual(await exceljsSnapshot(bytes));
  return ours;
}

const cellsOf = (snapshot: WorkbookSnapshot, sheet = 0) => snapshot.sheets[sheet].cells;

describe("OOXML reader: cell positions", () => {
  it("places cells and rows without `r` after the previous one (exceljs fails on rows without `r`)", () => {
    const xml = worksheet(
      `<row><c><v>1</v></c><c t="s"><v>0</v></c><c/><c><v>3</v></c></row>` +
        `<row r="5"><c><v>4</v></c><c r="D5"><v>5</v></c><c><v>6</v></c></row>` +
        `<row><c><v>7</v></c></row>`,
    );
    expect(cellsOf(read({ sheets: [{ name: "无r", xml }], strings: ["<t>甲</t>"] }))).toEqual([
      { row: 0, col: 0, value: 1 },
      { row: 0, col: 1, value: "甲" },
      { row: 0, col: 3, value: 3 },
      { row: 4, col: 0, value: 4 },
      { row: 4, col: 3, value: 5 },
      { row: 4, col: 4, value: 6 },
      { row: 5, col: 0, value: 7 },
    ]);
  });

  it("orders cells by position and keeps the last of two at one position", async () => {
    const xml = worksheet(`<row r="2"><c r="B2"><v>2</v></c></row><row r="1"><c r="C1"><v>3</v></c><c r="A1"><v>1</v></c><c r="A1"><v>11</v></c></row>`);
    expect(cellsOf(await readBoth({ sheets: [{ name: "乱序", xml }] }))).toEqual([
      { row: 0, col: 0, value: 11 },
      { row: 0, col: 2, value: 3 },
      { row: 1, col: 1, value: 2 },
    ]);
  });

  it("keeps a merged area's value at its top-left cell only, whatever the covered cells hold", async () => {
    const xml = worksheet(
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>99</v></c><c r="C1"><v>3</v></c></row>` +
        `<row r="2"><c r="A2"><v>98</v></c><c r="B2"><f>A1</f><v>1</v></c></row>` +
        `<row r="4"><c r="A4"><v>4</v></c><c r="B4"><v>5</v></c></row>`,
      `<mergeCells count="3"><mergeCell ref="A1:B2"/><mergeCell ref="D1"/><mergeCell ref="B4:A3"/></mergeCells>`,
    );
    const sheet = (await readBoth({ sheets: [{ name: "合并", xml }], strings: ["<t>标题</t>"] })).sheets[0];
    expect(sheet.cells).toEqual([
      { row: 0, col: 0, value: "标题" },
      { row: 0, col: 2, value: 3 },
    ]);
    expect(sheet.merges).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 0, left: 3, bottom: 0, right: 3 },
      { top: 2, left: 0, bottom: 3, right: 1 },
    ]);
  });
});

describe("OOXML reader: strings", () => {
  it("joins rich text runs, skips phonetic runs and decodes entities, `_xHHHH_` escapes and line ends", async () => {
    const strings = [
      "<t>纯文本</t>",
      '<r><rPr><b/><sz val="11"/></rPr><t>加粗</t></r><r><t xml:space="preserve"> 普通</t></r>',
      '<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/>',
      '<r><t>漢</t></r><r><t>字</t></r><rPh sb="0" eb="1"><t>カン</t></rPh>',
      "<t>A&amp;B &lt;c&gt; &quot;d&quot; &apos;e&apos; &#x4E2D;&#25991;</t>",
      "<t>第一行_x000D_\r\n第二行</t>",
      "<t>_x005F_x000D_ 是字面</t>",
      '<t xml:space="preserve">  两端空格  </t>',
      "<t></t>",
      "",
    ];
    const xml = worksheet(`<row r="1">${strings.map((_, i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${i}</v></c>`).join("")}</row>`);
    expect(cellsOf(await readBoth({ sheets: [{ name: "字符串", xml }], strings })).map((c) => c.value)).toEqual([
      "纯文本",
      "加粗 普通",
      "東京",
      "漢字",
      "A&B <c> \"d\" 'e' 中文",
      "第一行\r\n第二行",
      "_x000D_ 是字面",
      "  两端空格  ",
      "",
      // An item with no text at all is no value: the cell is left out.
    ]);
  });

  it("reads inline strings, rich or not, with escapes decoded and phonetic runs skipped (exceljs keeps `_x000D_` and drops a cell with a phonetic run or CDATA)", () => {
    const xml = worksheet(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>行内</t></is></c>` +
        `<c r="B1" t="inlineStr"><is><r><t>富</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 文本</t></r></is></c>` +
        `<c r="C1" t="inlineStr"><is><t>回车_x000D_换行&amp;&lt;</t><rPh sb="0" eb="1"><t>かな</t></rPh></is></c>` +
        `<c r="D1" t="inlineStr"><is><t><![CDATA[<原样>&amp;]]></t></is></c><!-- a comment --></row>`,
    );
    expect(cellsOf(read({ sheets: [{ name: "行内", xml }] })).map((c) => c.value)).toEqual(["行内", "富 文本", "回车\r换行&<", "<原样>&amp;"]);
  });

  it("decodes a formula's string result once (exceljs decodes entities twice and leaves `_xHHHH_`)", () => {
    const xml = worksheet(`<row r="1"><c r="A1" t="str"><f>"&amp;lt;"</f><v>&amp;lt;</v></c><c r="B1" t="str"><f>CHAR(13)</f><v>_x000D_</v></c></row>`);
    expect(cellsOf(read({ sheets: [{ name: "结果", xml }] }))).toEqual([
      { row: 0, col: 0, value: "&lt;", formula: '"&lt;"' },
      { row: 0, col: 1, value: "\r", formula: "CHAR(13)" },
    ]);
  });
});

describe("OOXML reader: numbers, dates and formats", () => {
  it("reads numbers, booleans and errors as exceljs does", async () => {
    const xml = worksheet(
      `<row r="1"><c r="A1"><v>42</v></c><c r="B1" t="n"><v>-1.5E-3</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><v>0</v></c>` +
        `<c r="E1" t="e"><v>#N/A</v></c><c r="F1" s="1"/><c r="G1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="H1"><f>TODAY()</f></c></row>`,
    );
    expect(cellsOf(await readBoth({ sheets: [{ name: "值", xml }], styles: styles([0, 2]) }))).toEqual([
      { row: 0, col: 0, value: 42 },
      { row: 0, col: 1, value: -0.0015 },
      { row: 0, col: 2, value: true },
      { row: 0, col: 3, value: false },
      { row: 0, col: 4, value: { error: "#N/A" } },
      { row: 0, col: 6, value: { error: "#DIV/0!" }, formula: "1/0" },
      { row: 0, col: 7, value: null, formula: "TODAY()" },
    ]);
  });

  it("keeps a formula's cached 0 and FALSE (exceljs reads them as no value)", () => {
    const xml = worksheet(`<row r="1"><c r="A1"><f>B1-B1</f><v>0</v></c><c r="B1" t="b"><f>C1&gt;1</f><v>0</v></c></row>`);
    expect(cellsOf(read({ sheets: [{ name: "零", xml }] }))).toEqual([
      { row: 0, col: 0, value: 0, formula: "B1-B1" },
      { row: 0, col: 1, value: false, formula: "C1>1" },
    ]);
  });

  it.each([
    ["1", 45292],
    ["true", 45292],
  ])("reads dates of the 1904 system as 1900-system serials, numbers as they are (date1904=%s; exceljs knows only 1)", (flag, serial) => {
    const xml = worksheet(`<row r="1"><c r="A1" s="1"><v>43830</v></c><c r="B1" s="1"><v>0.5</v></c><c r="C1"><v>100</v></c></row>`);
    expect(cellsOf(read({ sheets: [{ name: "1904", xml }], styles: styles([0, 14]), workbookPr: `date1904="${flag}"` }))).toEqual([
      { row: 0, col: 0, value: serial, numFmt: "mm-dd-yy" },
      { row: 0, col: 1, value: 1462.5, numFmt: "mm-dd-yy" },
      { row: 0, col: 2, value: 100 },
    ]);
  });

  it("reads the 1904 system as exceljs does", async () => {
    const xml = worksheet(`<row r="1"><c r="A1" s="1"><v>43830</v></c><c r="B1" s="1"><v>0.123456789</v></c><c r="C1"><v>100.1</v></c></row>`);
    await readBoth({ sheets: [{ name: "1904", xml }], styles: styles([0, 14]), workbookPr: 'date1904="1"' });
  });

  it.each([false, true])("reads t=\"d\" cells as serials, whatever the date system (exceljs reads the year only; 1904: %s)", (date1904) => {
    const xml = worksheet(
      `<row r="1"><c r="A1" t="d" s="1"><v>2023-12-31T00:00:00</v></c><c r="B1" t="d" s="1"><v>2024-03-31</v></c>` +
        `<c r="C1" t="d"><v>2023-12-31T18:00:00</v></c><c r="D1" t="d" s="1"><v>1900-01-15</v></c></row>`,
    );
    const pkg = { sheets: [{ name: "ISO", xml }], styles: styles([0, 14]), workbookPr: date1904 ? 'date1904="1"' : "" };
    expect(cellsOf(read(pkg))).toEqual([
      { row: 0, col: 0, value: 45291, numFmt: "mm-dd-yy" },
      { row: 0, col: 1, value: 45382, numFmt: "mm-dd-yy" },
      { row: 0, col: 2, value: 45291.75 },
      { row: 0, col: 3, value: 15, numFmt: "mm-dd-yy" },
    ]);
  });

  it("keeps a date-formatted formula's text, flag or error result and a number beyond any date (exceljs reads NaN or 1)", () => {
    const xml = worksheet(
      `<row r="1"><c r="A1" s="1" t="str"><f>IF(B1="","未填",B1)</f><v>未填</v></c><c r="B1" s="1" t="e"><f>1/0</f><v>#DIV/0!</v></c>` +
        `<c r="C1" s="1" t="b"><f>TRUE()</f><v>1</v></c><c r="D1" s="1"><v>-1E+9</v></c></row>`,
    );
    expect(cellsOf(read({ sheets: [{ name: "日期公式", xml }], styles: styles([0, 14]) })).map((c) => c.value)).toEqual(["未填", { error: "#DIV/0!" }, true, -1e9]);
  });

  /** ECMA-376 Part 1 §18.8.30, zh-CN. */
  const EAST_ASIAN: [number, string][] = [
    [27, 'yyyy"年"m"月"'],
    [28, 'm"月"d"日"'],
    [29, 'm"月"d"日"'],
    [30, "m-d-yy"],
    [31, 'yyyy"年"m"月"d"日"'],
    [32, 'h"时"mm"分"'],
    [33, 'h"时"mm"分"ss"秒"'],
    [34, '上午/下午h"时"mm"分"'],
    [35, '上午/下午h"时"mm"分"ss"秒"'],
    [36, 'yyyy"年"m"月"'],
    [50, 'yyyy"年"m"月"'],
    [51, 'm"月"d"日"'],
    [52, 'yyyy"年"m"月"'],
    [53, 'm"月"d"日"'],
    [54, 'm"月"d"日"'],
    [55, '上午/下午h"时"mm"分"'],
    [56, '上午/下午h"时"mm"分"ss"秒"'],
    [57, 'yyyy"年"m"月"'],
    [58, 'm"月"d"日"'],
  ];

  it("knows the East Asian built-in formats 27–36 and 50–58 (exceljs knows them only once declared)", () => {
    const xml = worksheet(EAST_ASIAN.map((_, i) => `<row r="${i + 1}"><c r="A${i + 1}" s="${i + 1}"><v>45291.5</v></c></row>`).join(""));
    const pkg = { sheets: [{ name: "东亚", xml }], styles: styles([0, ...EAST_ASIAN.map(([id]) => id)]) };
    expect(cellsOf(read(pkg))).toEqual(EAST_ASIAN.map(([, numFmt], i) => ({ row: i, col: 0, value: 45291.5, numFmt })));
  });

  it("knows built-in formats 22, 39 and 40 as the standard writes them (exceljs: `m/d/yy \"h\":mm`, a space before `;`)", () => {
    const xml = worksheet(`<row r="1"><c r="A1" s="1"><v>45291.5</v></c><c r="B1" s="2"><v>-1</v></c><c r="C1" s="3"><v>-1</v></c><c r="D1" s="4"><v>1</v></c></row>`);
    expect(cellsOf(read({ sheets: [{ name: "内置", xml }], styles: styles([0, 22, 39, 40, 49]) })).map((c) => c.numFmt)).toEqual([
      "m/d/yy h:mm",
      "#,##0.00;(#,##0.00)",
      "#,##0.00;[Red](#,##0.00)",
      "@",
    ]);
  });

  it("keeps custom format codes as written, backslash escapes and `>` included (exceljs drops the backslashes)", () => {
    const codes = ["yyyy\\-mm\\-dd", "0.0\\%", '#,##0\\ "元"', "[>=100]0;0.0", "yyyy\\年m\\月d\\日"];
    const xml = worksheet(`<row r="1">${codes.map((_, i) => `<c r="${String.fromCharCode(65 + i)}1" s="${i + 1}"><v>45291</v></c>`).join("")}</row>`);
    const pkg = { sheets: [{ name: "自定义", xml }], styles: styles([0, 164, 165, 166, 167, 168], Object.fromEntries(codes.map((c, i) => [164 + i, c]))) };
    expect(cellsOf(read(pkg)).map((c) => c.numFmt)).toEqual(codes);
  });

  it("gives cells without a style, or with style 0, style 0's format (exceljs gives them none)", () => {
    const xml = worksheet(`<row r="1"><c r="A1"><v>0.5</v></c><c r="B1" s="0"><v>0.25</v></c></row>`);
    expect(cellsOf(read({ sheets: [{ name: "样式0", xml }], styles: styles([10]) }))).toEqual([
      { row: 0, col: 0, value: 0.5, numFmt: "0.00%" },
      { row: 0, col: 1, value: 0.25, numFmt: "0.00%" },
    ]);
  });
});

describe("OOXML reader: workbook and package", () => {
  const cell = (v: number) => worksheet(`<row r="1"><c r="A1"><v>${v}</v></c></row>`);

  it("keeps hidden and very hidden sheets in tab order and leaves chart sheets out", async () => {
    const snapshot = await readBoth({
      sheets: [
        { name: "可见", xml: cell(1) },
        { name: "图表", xml: `<chartsheet xmlns="${MAIN_NS}"/>`, kind: "chartsheet", part: "xl/chartsheets/sheet1.xml" },
        { name: "隐藏", xml: cell(2), state: "hidden" },
        { name: "R&D 深度隐藏", xml: cell(3), state: "veryHidden" },
      ],
    });
    expect(snapshot.sheets.map((s) => [s.name, s.cells[0].value])).toEqual([
      ["可见", 1],
      ["隐藏", 2],
      ["R&D 深度隐藏", 3],
    ]);
  });

  it("finds parts by their relationships, not by exceljs's fixed names (exceljs finds no sheet here)", () => {
    const bytes = handMadeXlsx({
      sheets: [
        { name: "甲", xml: cell(1), part: "xl/worksheets/data.xml" },
        { name: "乙", xml: cell(2), part: "xl/sheets/second.xml" },
      ],
      parts: {
        "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
      },
    });
    expect(readWorkbookSnapshot("parts.xlsx", bytes).sheets.map((s) => [s.name, s.cells[0].value])).toEqual([
      ["甲", 1],
      ["乙", 2],
    ]);
  });

  it("keeps the formula of a cell with a hyperlink (exceljs drops it)", () => {
    const xml = worksheet(`<row r="1"><c r="A1"><f>2+3</f><v>5</v></c></row>`, `<hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks>`);
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.com/" TargetMode="External"/></Relationships>`;
    const pkg = { sheets: [{ name: "链接", xml }], parts: { "xl/worksheets/_rels/sheet1.xml.rels": rels } };
    expect(cellsOf(read(pkg))).toEqual([{ row: 0, col: 0, value: 5, formula: "2+3" }]);
  });

  it("reads elements under a namespace prefix (exceljs refuses the file)", () => {
    const xml =
      `<x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c>` +
      `<x:c r="B1"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(cellsOf(read({ sheets: [{ name: "前缀", xml }], strings: ["<t>前缀</t>"] }))).toEqual([
      { row: 0, col: 0, value: "前缀" },
      { row: 0, col: 1, value: 2, formula: "1+1" },
    ]);
  });
});

test("the add-in's flag record sheet is not part of the snapshot", () => {
  const bytes = handMadeXlsx({ sheets: [{ name: "表", xml: worksheet('<row r="1"><c r="A1"><v>1</v></c></row>') }, { name: "__perfcheck_flags", xml: worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>sheet</t></is></c></row>') }] });
  expect(readWorkbookSnapshot("flags.xlsx", bytes).sheets.map((s) => s.name)).toEqual(["表"]);
});
