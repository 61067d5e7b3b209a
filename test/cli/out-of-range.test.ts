import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { perfcheck, S08, tempDir, type JsonReport } from "./run";

const SHEET2 = "抽查2.残疾人儿童康复训练补助";
const NOT_FINITE = /Infinity|NaN/;
const PLACEHOLDER = 424242;

let dir: string;
beforeAll(async () => {
  dir = await tempDir("range");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/**
 * s08 with weights, scores and fund lines near 1E308, whose sums are Infinity in JavaScript; and a sheet holding a
 * number no double holds (`1e309`, which exceljs reads as Infinity).
 */
async function buildInput(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(S08);
  const ws = wb.getWorksheet(SHEET2);
  if (!ws) throw new Error(`s08 lacks ${SHEET2}`);
  for (let row = 14; row <= 20; row++) {
    ws.getCell(row, 7).value = 1.5e307;
    ws.getCell(row, 8).value = 1.5e307;
  }
  ws.getCell("H21").value = null;
  ws.getCell("C8").value = 1.7e308;
  ws.getCell("C9").value = 1.7e308;
  wb.addWorksheet("外部导出").getCell("B2").value = PLACEHOLDER;
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  for (const name of Object.keys(zip.files).filter((n) => n.startsWith("xl/worksheets/sheet"))) {
    const xml = await zip.files[name].async("string");
    zip.file(name, xml.replace(`<v>${PLACEHOLDER}</v>`, "<v>1e309</v>"));
  }
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
}

async function sheetXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const sheets = Object.keys(zip.files).filter((n) => n.startsWith("xl/worksheets/sheet"));
  return (await Promise.all(sheets.map((n) => zip.files[n].async("string")))).join("\n");
}

test("sums beyond a number's range are never written into the copy or a report: they show as #NUM!", async () => {
  const input = path.join(dir, "huge.xlsx");
  const copy = path.join(dir, "huge.fixed.xlsx");
  const html = path.join(dir, "huge.html");
  await buildInput(input);

  const [fix, json, text, page] = await Promise.all([
    perfcheck(["fix", input, "--out", copy]),
    perfcheck(["check", input, "--format", "json"]),
    perfcheck(["check", input, "--lang", "en-US"]),
    perfcheck(["check", input, "--format", "html", "--out", html]),
  ]);
  expect([fix.code, json.code, text.code, page.code]).toEqual([0, 1, 1, 1]);
  for (const output of [fix.stdout, fix.stderr, json.stdout, text.stdout, await fs.readFile(html, "utf8"), await sheetXml(copy)]) {
    expect(output).not.toMatch(NOT_FINITE);
  }

  const findings = (JSON.parse(json.stdout) as JsonReport).files[0].findings.filter((f) => f.sheet === SHEET2);
  expect(findings.find((f) => f.rule === "weight-total")).toMatchObject({ cell: "G21", message: "合计分值应为 #NUM!（各项分值之和），表中为 100", expected: "#NUM!" });
  expect(findings.find((f) => f.rule === "weight-total")).not.toHaveProperty("fix");
  expect(text.stdout).toContain("Total weight should be #NUM!");

  // The sums out of range are not written; the fixes in range are; a cell the copy does not touch keeps what the
  // file holds, even a number no double holds.
  expect(fix.stdout).toMatch(/^已写入 2 个值，/);
  expect(fix.stdout).not.toContain(SHEET2);
  expect(fix.stderr).toBe("");
  expect(await sheetXml(copy)).toContain("<v>1e309</v>");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(copy);
  const sheet2 = wb.getWorksheet(SHEET2);
  expect([sheet2?.getCell("C7").value, sheet2?.getCell("G21").value, sheet2?.getCell("H21").value]).toEqual([12.544, 100, null]);
});
