import { checkWorkbook } from "../../src/core/engine";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { ExcelHost } from "../../src/hosts/excel/excel-host";
import { LEGACY_FLAG_SHEET as FLAG_SHEET, LEGACY_HEADER } from "../../src/hosts/flag-record";
import { readWorkbookSnapshot } from "../../src/hosts/xlsx/ooxml/read";
import { selfEvaluationRows, SELF_EVALUATION_MERGES, sheetFromRows } from "../helpers/grid";
import { standInGlobals, StandInWorkbook } from "../stand-in/excel-stand-in";
import { handMadeXlsx, worksheet } from "./xlsx/ooxml-helpers";

/**
 * What both readers (the .xlsx reader of the command line and the web page, and the Excel host over Office.js) must
 * never do, each a mistake no other test caught: repeat a merged value into the cells it covers, read an error value
 * as text, or read the tool's own flag record (the previous version's very hidden sheet) as the workbook's data.
 */

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const cellsOf = (sheet: SheetSnapshot) => sheet.cells.map((c) => [c.row, c.col, c.value]);

async function readByExcel(sheets: SheetSnapshot[], record: (string | number)[][] = []) {
  const wb = StandInWorkbook.fromSnapshot({ sheets });
  if (record.length > 0) {
    wb.sheets.push(StandInWorkbook.fromSnapshot({ sheets: [sheetFromRows(FLAG_SHEET, record)] }).sheets[0]);
  }
  Object.assign(globalThis, standInGlobals(wb));
  return (await new ExcelHost().read("workbook")).snapshot;
}

describe("the .xlsx reader", () => {
  it("keeps a merged area's value at its top-left cell only, whatever the covered cells still hold in the file", () => {
    const xml = worksheet(
      `<row r="1">${inline("A1", "产出指标")}${inline("B1", "产出指标")}</row><row r="2">${inline("A2", "产出指标")}<c r="B2"><v>5</v></c></row>`,
      `<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>`,
    );
    const [sheet] = readWorkbookSnapshot("merged.xlsx", handMadeXlsx({ sheets: [{ name: "表", xml }] })).sheets;
    expect(cellsOf(sheet)).toEqual([[0, 0, "产出指标"]]);
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
  });

  it("reads an error value as an error, and text that looks like one as text", () => {
    const xml = worksheet(`<row r="1"><c r="A1" t="e"><f>G1/0</f><v>#DIV/0!</v></c>${inline("B1", "#DIV/0!")}</row>`);
    const [sheet] = readWorkbookSnapshot("errors.xlsx", handMadeXlsx({ sheets: [{ name: "表", xml }] })).sheets;
    expect(cellsOf(sheet)).toEqual([[0, 0, { error: "#DIV/0!" }], [0, 1, "#DIV/0!"]]);
  });

  it("leaves out the tool's own flag record", () => {
    const record = [LEGACY_HEADER, ["表", "A1", "", 1]];
    const rows = record.map((r, i) => `<row r="${i + 1}">${r.map((v, j) => inline(`${"ABCD"[j]}${i + 1}`, String(v))).join("")}</row>`).join("");
    const bytes = handMadeXlsx({
      sheets: [{ name: "表", xml: worksheet(`<row r="1">${inline("A1", "项目支出绩效自评表")}</row>`) }, { name: FLAG_SHEET, xml: worksheet(rows), state: "veryHidden" }],
    });
    expect(readWorkbookSnapshot("record.xlsx", bytes).sheets.map((s) => s.name)).toEqual(["表"]);
  });
});

describe("the Excel host", () => {
  it("keeps a merged area's value at its top-left cell only", async () => {
    const [sheet] = (await readByExcel([{ name: "表", cells: [{ row: 0, col: 0, value: "产出指标" }], merges: [{ top: 0, left: 0, bottom: 1, right: 1 }] }])).sheets;
    expect(cellsOf(sheet)).toEqual([[0, 0, "产出指标"]]);
  });

  it("reads an error value as an error, so a score showing #DIV/0! is a formula error and not a score typed as text", async () => {
    const rows = selfEvaluationRows();
    rows[11][7] = { f: "G12/0", v: { error: "#DIV/0!" } };
    rows[12][7] = "#N/A";
    const snapshot = await readByExcel([sheetFromRows("自评表", rows, SELF_EVALUATION_MERGES)]);
    const cells = new Map(snapshot.sheets[0].cells.map((c) => [`${c.row},${c.col}`, c.value]));
    expect([cells.get("11,7"), cells.get("12,7")]).toEqual([{ error: "#DIV/0!" }, "#N/A"]);
    const at = (cell: string) => checkWorkbook(snapshot).findings.filter((f) => f.cell === cell).map((f) => f.rule);
    expect(at("H12")).toEqual(["formula-error"]);
    expect(at("H13")).toEqual(["score-range"]);
  });

  it("leaves out the tool's own flag record when it reads the whole workbook", async () => {
    const sheets = [sheetFromRows("自评表", selfEvaluationRows(), SELF_EVALUATION_MERGES)];
    const record = [LEGACY_HEADER, ["自评表", "H19", "#FFFFFF", 1]];
    const snapshot = await readByExcel(sheets, record);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["自评表"]);
    expect(checkWorkbook(snapshot).tables.map((t) => t.sheet)).toEqual(["自评表"]);
  });
});
