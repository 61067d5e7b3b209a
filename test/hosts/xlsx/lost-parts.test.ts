import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { partsLostInPackage } from "../../../src/hosts/xlsx/package-parts";

const partsLostOnCopy = async (file: string) => partsLostInPackage(await fs.readFile(file));

const DRAWING = (body: string) =>
  `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:twoCellAnchor>${body}</xdr:twoCellAnchor></xdr:wsDr>`;

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "perfcheck-lost-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function workbookWith(name: string, entries: Record<string, string>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("表").getCell("A1").value = 1;
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  for (const [entry, text] of Object.entries(entries)) zip.file(entry, text);
  const file = path.join(dir, name);
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
  return file;
}

test("a plain workbook, and one whose drawing holds only a picture, lose nothing", async () => {
  expect(await partsLostOnCopy(await workbookWith("plain.xlsx", {}))).toEqual([]);
  expect(await partsLostOnCopy(await workbookWith("picture.xlsx", { "xl/drawings/drawing1.xml": DRAWING("<xdr:pic/>") }))).toEqual([]);
});

test("charts, pivot tables, macros, slicers, threaded comments, shapes, x14 validations and sparklines are named once each", async () => {
  const file = await workbookWith("rich.xlsx", {
    "xl/charts/chart1.xml": "<c/>",
    "xl/charts/chart2.xml": "<c/>",
    "xl/pivotTables/pivotTable1.xml": "<p/>",
    "xl/pivotCache/pivotCacheDefinition1.xml": "<p/>",
    "xl/vbaProject.bin": "vba",
    "xl/slicers/slicer1.xml": "<s/>",
    "xl/threadedComments/threadedComment1.xml": "<t/>",
    "xl/drawings/drawing1.xml": DRAWING('<xdr:sp macro=""><xdr:txBody/></xdr:sp>'),
    "xl/worksheets/sheet2.xml": '<worksheet><extLst><ext><x14:dataValidations count="1"/><x14:sparklineGroups/></ext></extLst></worksheet>',
  });
  expect(await partsLostOnCopy(file)).toEqual([
    "图表 (charts)",
    "数据透视表 (pivot tables)",
    "宏 VBA (macros)",
    "切片器 (slicers)",
    "批注会话，仅保留其文字备注 (threaded comments: only their plain-note copies remain)",
    "形状和文本框 (shapes and text boxes)",
    "引用其他工作表的数据验证 (data validation stored as an Excel 2010 extension)",
    "迷你图 (sparklines)",
  ]);
});
