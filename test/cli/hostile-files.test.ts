import { promises as fs } from "node:fs";
import path from "node:path";
import { Zip, ZipDeflate, strToU8 } from "fflate";
import { findingKeys, perfcheckProcess, ROOT, S08, tempDir, type JsonReport } from "./run";

let dir: string;
beforeAll(async () => {
  dir = await tempDir("hostile");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const PACKAGE_PARTS: Record<string, string> = {
  "[Content_Types].xml":
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  "_rels/.rels":
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  "xl/workbook.xml":
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="表" sheetId="1" r:id="rId1"/></sheets></workbook>',
  "xl/_rels/workbook.xml.rels":
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
};

/** A valid workbook of `rows` × 1,000 cells without `r` attributes (which the format allows): tiny on disk, huge inside. */
async function manyCells(file: string, rows: number): Promise<void> {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  for (const [name, text] of Object.entries(PACKAGE_PARTS)) {
    const part = new ZipDeflate(name, { level: 1 });
    zip.add(part);
    part.push(strToU8(text), true);
  }
  const sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 6 });
  zip.add(sheet);
  sheet.push(strToU8('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'));
  const row = strToU8(`<row>${"<c><v>1</v></c>".repeat(1000)}</row>`);
  for (let r = 0; r < rows; r++) sheet.push(row);
  sheet.push(strToU8("</sheetData></worksheet>"), true);
  zip.end();
  await fs.writeFile(file, Buffer.concat(chunks));
}

test("an 18-million-cell workbook is refused in one line, in bounded memory, and the other file of the run is checked", async () => {
  const huge = path.join(dir, "cells.xlsx");
  await manyCells(huge, 18_000);
  expect((await fs.stat(huge)).size).toBeLessThan(2 * 1024 * 1024);
  // The command line's peak memory, reported by the process itself as it exits.
  const rssFile = path.join(dir, "rss.txt");
  const probe = path.join(dir, "rss.js");
  await fs.writeFile(probe, `process.on("exit", () => require("fs").writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));`);
  const run = await perfcheckProcess(["check", huge, S08, "--format", "json"], ROOT, ["--require", probe]);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(new RegExp(`^perfcheck: ${huge}: [^\\n]*单元格过多[^\\n]*\\n$`));
  const report = JSON.parse(run.stdout) as JsonReport;
  expect(report.files.map((f) => Boolean(f.error))).toEqual([true, false]);
  expect(findingKeys(report.files[1])).toContain("score-total|抽查2.残疾人儿童康复训练补助|H21");
  const peakKB = Number(await fs.readFile(rssFile, "utf8"));
  expect(peakKB).toBeLessThan(1.5 * 1024 * 1024);
});
