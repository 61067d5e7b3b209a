/**
 * The OOXML reader against exceljs on workbooks another program wrote: the samples and a workbook of every kind of
 * value, saved again by LibreOffice (its own styles, escaped format codes such as `yyyy\-mm\-dd`, its shared strings).
 */
import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readWorkbookSnapshot } from "../../../src/hosts/xlsx/ooxml/read";
import { recalculatedXlsx, requireLibreOffice } from "../../helpers/libreoffice";
import { asExceljsReads, exceljsSnapshot } from "./ooxml-helpers";

jest.setTimeout(240_000);

const SAMPLES = path.resolve(__dirname, "../../../../shared/samples");

let dir: string;
let saved: string[];

beforeAll(async () => {
  await requireLibreOffice();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "perfcheck-ooxml-lo-"));
  const kinds = new ExcelJS.Workbook();
  const ws = kinds.addWorksheet("值");
  ws.addRow([1.5, "文本", true, { error: "#N/A" }, new Date(Date.UTC(2023, 11, 31)), { richText: [{ text: "富" }, { text: "文本", font: { bold: true } }] }]);
  ws.addRow([{ formula: "A1*2", result: 3 }, { formula: 'B1&"!"', result: "文本!" }, { formula: "C1", result: true }]);
  ws.fillFormula("A3:A6", "A2+1", [4, 5, 6, 7]);
  ws.getCell("B3").value = 0.25;
  ws.getCell("B3").numFmt = "0.0%";
  ws.getCell("B4").value = 45291;
  ws.getCell("B4").numFmt = 'yyyy"年"m"月"d"日"';
  ws.mergeCells("D3:E5");
  ws.getCell("D3").value = "合并";
  kinds.addWorksheet("隐藏", { state: "hidden" }).getCell("A1").value = "隐藏";
  const kindsFile = path.join(dir, "kinds.xlsx");
  await kinds.xlsx.writeFile(kindsFile);
  const samples = (await fs.readdir(SAMPLES)).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(SAMPLES, f));
  saved = await recalculatedXlsx([kindsFile, ...samples], path.join(dir, "saved"));
});

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

test("workbooks saved by LibreOffice read as exceljs reads them", async () => {
  expect(saved.length).toBeGreaterThan(18);
  for (const file of saved) {
    const bytes = await fs.readFile(file);
    const name = path.basename(file);
    expect({ name, snapshot: asExceljsReads(readWorkbookSnapshot(name, bytes)) }).toEqual({ name, snapshot: await exceljsSnapshot(bytes) });
  }
});
