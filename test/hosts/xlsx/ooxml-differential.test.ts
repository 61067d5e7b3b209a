import ExcelJS from "exceljs";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { selfEvaluationWorkbook } from "../../../bench/generate";
import { readWorkbookSnapshot } from "../../../src/hosts/xlsx/ooxml/read";
import { readZip } from "../../../src/hosts/xlsx/zip-read";
import { inflateWithZlib } from "../../../src/hosts/xlsx/zlib-inflate";
import { asExceljsReads, exceljsSnapshot } from "./ooxml-helpers";

/**
 * The OOXML reader against today's reader (exceljs + read-snapshot.ts): the same snapshot, value for value, on
 * every sample workbook, on workbooks exceljs writes, and on random ones. Where exceljs is known to be wrong the
 * comparison goes through asExceljsReads, and ooxml-parts.test.ts asserts the right answer.
 */

const SAMPLE_DIRS = [path.resolve(__dirname, "../../../../shared/samples"), path.resolve(__dirname, "../../../assets/samples")];
const samples = SAMPLE_DIRS.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(dir, f)));

async function writeBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("OOXML reader: the same snapshot as exceljs", () => {
  it("finds the sample workbooks", () => {
    expect(samples.length).toBeGreaterThanOrEqual(21);
  });

  it.each(samples.map((f) => [path.relative(path.resolve(__dirname, "../../../.."), f)]))("%s", async (file) => {
    const bytes = readFileSync(path.resolve(__dirname, "../../../..", file));
    const expected = await exceljsSnapshot(bytes);
    expect(readWorkbookSnapshot(file, bytes)).toEqual(expected);
    // The command line's inflater (node's zlib) reads the same.
    expect(readWorkbookSnapshot(file, bytes, inflateWithZlib)).toEqual(expected);
  });

  it("100 stacked 自评表 on 10 sheets (the benchmark's workbook)", async () => {
    const bytes = await selfEvaluationWorkbook(100);
    expect(readWorkbookSnapshot("bench.xlsx", bytes)).toEqual(await exceljsSnapshot(bytes));
  });

  it.each([false, true])("every kind of value exceljs writes (1904 date system: %s)", async (date1904) => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = date1904;
    const ws = wb.addWorksheet("值");
    const rows: [ExcelJS.CellValue, string?][] = [
      [42],
      [-3.25, "0.00"],
      [1e-7],
      [1.5e21, "0.00E+00"],
      [0.125, "0.00%"],
      [1234567.891, "#,##0.00"],
      [-5, '#,##0.00_);[Red]\\(#,##0.00\\)'],
      ["文本 with  spaces "],
      [" 前后空格 "],
      ["换行\n第二行"],
      ['&<>"\' 特殊字符'],
      [""],
      ["12345", "@"],
      [true],
      [false],
      [{ error: "#DIV/0!" }],
      [{ error: "#N/A" }],
      [{ error: "#REF!" }],
      [{ richText: [{ text: "富" }, { text: "文本", font: { bold: true } }, { text: " runs" }] }],
      [new Date(Date.UTC(2023, 11, 31)), "yyyy-mm-dd"],
      [new Date(Date.UTC(2024, 2, 31)), 'yyyy"年"m"月"d"日"'],
      [new Date(Date.UTC(2024, 5, 30, 18, 30, 15))],
      [new Date(Date.UTC(2023, 11, 1)), "yyyy\\-mm"],
      [45291.75, "h:mm"],
      [{ formula: "SUM(A1:A3)", result: 42 }],
      [{ formula: "A1-42", result: 0 }],
      [{ formula: 'IF(A1>0,"是","否")', result: "是" }],
      [{ formula: "A1>100", result: false }],
      [{ formula: "A1>0", result: true }],
      [{ formula: "1/0", result: { error: "#DIV/0!" } }],
      [{ formula: "NOW()", result: undefined }],
      [{ formula: "DATE(2023,12,31)", result: 45291 }, "yyyy/m/d"],
    ];
    rows.forEach(([value, numFmt], i) => {
      const cell = ws.getCell(i + 1, 1);
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
    });
    ws.getCell("C1").value = 1;
    ws.getCell("C2").value = 2;
    ws.fillFormula("D1:D5", "C1*2+$C$1", [2, 4, 0, 0, 0]);
    ws.fillFormula("E1:G1", "SUM($C1:C1)", [1, 1, 1]);
    ws.getCell("H1").value = { formula: "C1:C2*2", result: 2, shareType: "array", ref: "H1:H2" } as ExcelJS.CellValue;
    ws.mergeCells("J1:L2");
    ws.getCell("J1").value = "合并";
    ws.mergeCells("J4:J6");
    ws.mergeCells("K4:L4");
    ws.getCell("K4").value = { formula: "C1+C2", result: 3 };
    wb.addWorksheet("隐藏", { state: "hidden" }).getCell("B2").value = "hidden";
    wb.addWorksheet("深度隐藏", { state: "veryHidden" }).getCell("C3").value = 3;
    wb.addWorksheet("空表");
    const bytes = await writeBytes(wb);
    expect(asExceljsReads(readWorkbookSnapshot("kinds.xlsx", bytes))).toEqual(await exceljsSnapshot(bytes));
  });
});

/** A random cell as exceljs takes it, with a number format or none. */
const STRING = fc.string({ unit: fc.constantFrom("a", "Z", "中", "文", " ", "&", "<", ">", '"', "'", "\n", "_", "1", "%"), maxLength: 8 });
const NUMBER = fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }));
const FORMATS = ["0.00", "0%", "#,##0", "@", "yyyy-mm-dd", 'yyyy"年"m"月"', "h:mm:ss", "0.0\\%", "[Red]0.00;[Blue]-0.00"];
/** 9999-12-31, Excel's last date. */
const LAST_EXCEL_DATE = 2_958_465;
const DATE_FORMATS = new Set(["yyyy-mm-dd", 'yyyy"年"m"月"', "h:mm:ss"]);
const FORMULAS = ["SUM(A1:B2)", "A1*2", 'IF(A1>0,"是","否")', "$A$1+B$2", "ROUND(C3/D4,2)"];

const cellArb = fc.record({
  value: fc.oneof(
    NUMBER,
    STRING,
    fc.boolean(),
    fc.constantFrom({ error: "#DIV/0!" }, { error: "#N/A" }, { error: "#VALUE!" }),
    fc.array(STRING, { minLength: 1, maxLength: 3 }).map((texts) => ({ richText: texts.map((text, i) => ({ text, font: { bold: i % 2 === 0 } })) })),
    fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }),
    fc.record({ formula: fc.constantFrom(...FORMULAS), result: fc.oneof(NUMBER, STRING, fc.boolean(), fc.constant(undefined)) }),
  ),
  numFmt: fc.option(fc.constantFrom(...FORMATS), { nil: undefined }),
});

const sheetArb = fc.record({
  cells: fc.array(fc.tuple(fc.nat(14), fc.nat(7), cellArb), { maxLength: 40 }),
  merges: fc.array(fc.tuple(fc.nat(14), fc.nat(7), fc.nat(2), fc.nat(2)), { maxLength: 4 }),
  state: fc.constantFrom("visible", "hidden", "veryHidden") as fc.Arbitrary<ExcelJS.WorksheetState>,
});

type SheetSpec = typeof sheetArb extends fc.Arbitrary<infer T> ? T : never;

async function randomWorkbook(sheets: SheetSpec[], date1904: boolean): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  sheets.forEach(({ cells, merges, state }, i) => {
    const ws = wb.addWorksheet(`表${i + 1}`, { state: i === 0 ? "visible" : state });
    for (const [row, col, { value, numFmt }] of cells) {
      const cell = ws.getCell(row + 1, col + 1);
      if (numFmt) cell.numFmt = numFmt;
      // Through exceljs, a date-formatted formula's cached text, flag or error and a date-formatted number beyond
      // JavaScript's dates read back as NaN (or 1, or 0): ooxml-parts.test.ts asserts them.
      const dated = DATE_FORMATS.has(cell.numFmt);
      const date = (n: number) => n % LAST_EXCEL_DATE;
      if (dated && typeof value === "object" && "formula" in value) {
        cell.value = { ...value, result: typeof value.result === "number" ? date(value.result) : 1 };
      } else cell.value = dated && typeof value === "number" ? date(value) : value;
    }
    const taken: [number, number, number, number][] = [];
    for (const [top, left, height, width] of merges) {
      const area: [number, number, number, number] = [top + 1, left + 1, top + 1 + height, left + 1 + width];
      if (height + width === 0 || taken.some((t) => t[0] <= area[2] && area[0] <= t[2] && t[1] <= area[3] && area[1] <= t[3])) continue;
      taken.push(area);
      ws.mergeCells(...area);
    }
  });
  return writeBytes(wb);
}

describe("OOXML reader: either inflater", () => {
  it("reads a sheet part fflate inflates in steps (200 自评表 on one sheet) as zlib does", async () => {
    const bytes = await selfEvaluationWorkbook(200, 200);
    const sheet = readZip(bytes).entries.find((e) => e.name === "xl/worksheets/sheet1.xml");
    expect(sheet?.compressed.length).toBeGreaterThan(64 * 1024);
    const snapshot = readWorkbookSnapshot("bench.xlsx", bytes);
    expect(snapshot.sheets[0].cells.length).toBeGreaterThan(200 * 100);
    expect(snapshot).toStrictEqual(readWorkbookSnapshot("bench.xlsx", bytes, inflateWithZlib));
  });
});

describe("OOXML reader: random workbooks written by exceljs", () => {
  it("reads them as exceljs does", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(sheetArb, { minLength: 1, maxLength: 3 }), fc.boolean(), async (sheets, date1904) => {
        const bytes = await randomWorkbook(sheets, date1904);
        expect(asExceljsReads(readWorkbookSnapshot("random.xlsx", bytes))).toEqual(await exceljsSnapshot(bytes));
      }),
      { numRuns: 60 },
    );
  });
});
