import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { CORRECTED_FILL, NOTE_PREFIX } from "../../src/core/plan";
import { noteText } from "../helpers/exceljs-reference";
import { packageRecord } from "../hosts/xlsx/flag-record-helpers";
import { findingKeys, perfcheck, ROOT, S08, sha, tempDir, type JsonReport } from "./run";

const SHEET2 = "抽查2.残疾人儿童康复训练补助";
const FIXED_TOTALS = [`score-total|${SHEET2}|H21`, "fund-sum|抽查3.老旧小区完善类改造项目|C7", "exec-rate|抽查4.严重精神障碍患者监护人看|G7"];

let dir: string;
beforeAll(async () => {
  dir = await tempDir("fix");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/**
 * s08 plus what a real workbook carries besides its tables: a sheet with styles, column widths, a merge, print
 * setup, data validation, a defined name and an image; a person's note on a cell the engine flags; and two parts
 * exceljs cannot carry across (a chart part and a VBA project), added to the zip afterwards.
 */
async function buildInput(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(S08);
  const sheet2 = wb.getWorksheet(SHEET2);
  if (!sheet2) throw new Error(`s08 lacks ${SHEET2}`);
  sheet2.getCell("H21").note = "张三：总分待复核";
  const other = wb.addWorksheet("填表说明");
  other.getColumn(1).width = 42;
  other.getCell("A1").value = "填表说明";
  other.getCell("A1").font = { bold: true, size: 14, color: { argb: "FF1F4E79" } };
  other.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF92D050" } };
  other.mergeCells("A3:C3");
  other.getCell("A3").value = "合并单元格";
  other.getCell("C6").value = "=不是公式";
  other.pageSetup.orientation = "landscape";
  other.pageSetup.paperSize = 9;
  other.pageSetup.printArea = "A1:E20";
  other.getCell("B5").dataValidation = { type: "list", allowBlank: true, formulae: ['"优,良,中,差"'] };
  wb.definedNames.add("'填表说明'!$A$1", "说明标题");
  const image = wb.addImage({ filename: path.join(ROOT, "assets/icon-32.png"), extension: "png" });
  other.addImage(image, "D2:E4");
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  zip.file("xl/charts/chart1.xml", '<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
  zip.file("xl/vbaProject.bin", Buffer.from("not really VBA"));
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

test("fix writes a corrected, annotated copy that keeps the rest of the workbook; the input is untouched", async () => {
  const work = path.join(dir, "copy");
  await fs.mkdir(work);
  const input = path.join(work, "input.xlsx");
  const output = path.join(work, "output.xlsx");
  await buildInput(input);
  const before = await sha(input);

  const fix = await perfcheck(["fix", input, "--out", output]);
  expect(fix.code).toBe(0);
  expect(fix.stdout).toMatch(new RegExp(`^已写入 3 个值，标记 \\d+ 个单元格，输出：${output}\n`));
  // Each change: 表 单元格 含义：原值 → 新值（原因）.
  expect(fix.stdout).toContain(`  ${SHEET2} · 23残疾人儿童康复训练补助 H21 总分：69 → 96（各项得分之和，含预算执行率得分）\n`);
  expect(fix.stderr).toBe("");
  expect(await sha(input)).toBe(before);
  // Parts the plan does not touch, a chart and a macro project among them, are kept byte for byte.
  const [inZip, outZip] = await Promise.all([JSZip.loadAsync(await fs.readFile(input)), JSZip.loadAsync(await fs.readFile(output))]);
  for (const part of ["xl/charts/chart1.xml", "xl/vbaProject.bin", "xl/media/image1.png"]) {
    expect(inZip.file(part)).not.toBeNull();
    expect(await outZip.file(part)?.async("base64")).toBe(await inZip.file(part)?.async("base64"));
  }
  expect((await fs.readdir(work)).sort()).toEqual(["input.xlsx", "output.xlsx"]);

  // Checking the copy: the fixed totals are gone, and nothing new appears.
  const check = await perfcheck(["check", input, output, "--format", "json"]);
  const [inReport, outReport] = (JSON.parse(check.stdout) as JsonReport).files;
  const inKeys = findingKeys(inReport);
  const outKeys = findingKeys(outReport);
  for (const key of FIXED_TOTALS) {
    expect(inKeys).toContain(key);
    expect(outKeys).not.toContain(key);
  }
  expect([...outKeys].filter((k) => !inKeys.has(k))).toEqual([]);
  expect(outKeys.size).toBe(inKeys.size - FIXED_TOTALS.length);

  const [src, out] = await Promise.all([open(input), open(output)]);
  // The add-in's flag record comes along in a custom XML part (no sheet added), so the copy's flags clear in Excel.
  expect(out.worksheets.map((s) => s.name)).toEqual(src.worksheets.map((s) => s.name));
  expect(packageRecord(await fs.readFile(output)).flags.map((f) => `${f.sheet}!${f.cell}`)).toContain(`${SHEET2}!H21`);

  const sheet2 = sheetOf(out, SHEET2);
  expect(sheet2.getCell("H21").value).toBe(96);
  // The corrected total says what changed and why, and is not filled as an error; the person's note stays first.
  expect(sheet2.getCell("H21").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: `FF${CORRECTED_FILL.slice(1)}` } });
  expect(noteText(sheet2.getCell("H21").note)).toBe(`张三：总分待复核\n\n${NOTE_PREFIX}已由 69 改为 96（各项得分之和，含预算执行率得分）`);

  // Every cell the plan did not flag or write keeps its value, fill and note.
  const flagged = new Set(inReport.findings.map((f) => `${f.sheet}!${f.cell}`));
  for (const ws of src.worksheets) {
    const copy = sheetOf(out, ws.name);
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const key = `${ws.name}!${cell.address}`;
        if (flagged.has(key)) return;
        const other = copy.getCell(cell.address);
        expect({ key, value: other.value, fill: other.fill, note: noteText(other.note) }).toEqual({
          key, value: cell.value, fill: cell.fill, note: noteText(cell.note),
        });
      }),
    );
  }

  const other = sheetOf(out, "填表说明");
  expect(other.getColumn(1).width).toBe(42);
  expect(other.getCell("A1").font).toMatchObject({ bold: true, size: 14, color: { argb: "FF1F4E79" } });
  expect(other.getCell("B2").fill).toMatchObject({ fgColor: { argb: "FF92D050" } });
  expect(other.getCell("A3").isMerged && other.getCell("C3").master.address).toBe("A3");
  expect(other.getCell("C6").type).toBe(ExcelJS.ValueType.String);
  expect(other.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, printArea: "A1:E20" });
  expect(other.getCell("B5").dataValidation).toMatchObject({ type: "list", formulae: ['"优,良,中,差"'] });
  expect(out.definedNames.getRanges("说明标题").ranges).toEqual(["'填表说明'!$A$1"]);
  expect(other.getImages()).toHaveLength(1);
});

test("fix refuses without --out, or when --out names the input; nothing is written", async () => {
  const work = path.join(dir, "refuse");
  await fs.mkdir(work);
  const input = path.join(work, "input.xlsx");
  await fs.copyFile(S08, input);
  const before = await sha(input);
  const roundabout = `${work}/./sub/../input.xlsx`;
  const [noOut, same] = await Promise.all([
    perfcheck(["fix", input]),
    perfcheck(["fix", input, "--out", roundabout]),
  ]);
  expect(noOut.code).toBe(2);
  expect(noOut.stderr).toMatch(/^perfcheck: fix 需要用 --out 指定输出文件/);
  expect(same.code).toBe(2);
  expect(same.stderr).toBe(`perfcheck: --out ${roundabout} 就是输入文件 ${input}（或其链接），不会覆盖输入文件\n`);
  expect(noOut.stdout + same.stdout).toBe("");
  expect(await sha(input)).toBe(before);
  expect(await fs.readdir(work)).toEqual(["input.xlsx"]);
});
