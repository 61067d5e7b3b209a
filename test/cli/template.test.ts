import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { checkWorkbook } from "../../src/core/engine";
import { TEMPLATE_KINDS, TEMPLATES } from "../../src/core/templates";
import { workbookSnapshot } from "../helpers/exceljs-reference";
import { perfcheck, tempDir } from "./run";

let dir: string | undefined;
beforeAll(async () => {
  dir = await tempDir("template");
});
afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

function outFile(name: string): string {
  if (!dir) throw new Error("no temporary directory");
  return path.join(dir, name);
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe("perfcheck template", () => {
  it("--list names every kind with its Chinese title", async () => {
    const run = await perfcheck(["template", "--list"]);
    expect(run.code).toBe(0);
    for (const kind of TEMPLATE_KINDS) expect(run.stdout).toMatch(new RegExp(`^  ${kind} +${TEMPLATES[kind].title}`, "m"));
    expect(run.stdout).toContain("  summary          绩效评价结论一览表（连同指标体系及评分表一起写入）\n");
  });

  it("--list --lang en-US names every kind in English, with its Chinese title", async () => {
    const run = await perfcheck(["template", "--list", "--lang", "en-US"]);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")).toEqual([
      "  self-evaluation  Project self-evaluation table (项目支出绩效自评表)",
      "  target           Project performance target table (项目绩效目标表)",
      "  scoring          Indicator scoring table (部门整体支出绩效评价指标体系及评分表)",
      "  summary          Evaluation summary table (绩效评价结论一览表), written with the indicator scoring table",
      "  comparison       Target vs. actual comparison table (绩效目标完成情况对比表)",
      "",
    ]);
  });

  it("refuses an unknown kind with exit code 2 and the list of kinds", async () => {
    const run = await perfcheck(["template", "budget", "--out", outFile("x.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("budget");
    for (const kind of TEMPLATE_KINDS) expect(run.stderr).toContain(kind);
    await expect(fs.access(outFile("x.xlsx"))).rejects.toThrow();
  });

  it.each([
    [["template"], "KIND"],
    [["template", "target"], "--out"],
    [["template", "target", "--out", "t.csv"], ".xlsx"],
    [["template", "target", "--out", "t.xlsx", "--rows", "0"], "--rows"],
    [["template", "target", "--out", "t.xlsx", "--rows", "two"], "--rows"],
    [["template", "scoring", "--out", "t.xlsx", "--rows", "2"], "scoring"],
    [["template", "target", "--out", "t.xlsx", "--profile", "nowhere"], "nowhere"],
  ])("refuses %j with exit code 2", async (args, said) => {
    const run = await perfcheck(args, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(said);
    expect(run.stderr).toContain("perfcheck template --list");
  });

  it("writes a template that Excel computes on opening, with its styles, merges, validations and highlights", async () => {
    const file = outFile("self-evaluation.xlsx");
    const run = await perfcheck(["template", "self-evaluation", "--out", file]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain("项目支出绩效自评表");
    const wb = await load(file);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["项目支出绩效自评表"]);
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    expect(await zip.file("xl/workbook.xml")?.async("string")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    // Read as written: exceljs reads a validation's formula bound back as a number (NaN).
    const sheetXml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    expect(sheetXml).toMatch(/<dataValidation type="decimal"[^>]*sqref="H20"><formula1>0<\/formula1><formula2>\$G\$20<\/formula2>/);
    expect(sheetXml).toContain('<conditionalFormatting sqref="H14:H23"><cfRule type="expression" dxfId="0" priority="1"><formula>AND(ISNUMBER(H14),H14&gt;G14)</formula>');
    const ws = wb.worksheets[0];
    expect(ws.getCell("H6").formula).toBe('IF(G6="","",ROUND(MIN(G6,1)*F6,2))');
    expect(ws.getCell("G6").numFmt).toBe("0.00%");
    expect(ws.getCell("A12").isMerged).toBe(true);
    expect(ws.getCell("B14").dataValidation).toMatchObject({ type: "list", formulae: ['"产出指标,效益指标,满意度指标"'] });
    expect(ws.getColumn("I").width).toBe(26);
    expect(ws.getCell("B12").border?.bottom?.style).toBe("thin");
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1 });
  });

  it("writes the summary together with its scoring table, the formulas linking them", async () => {
    const file = outFile("summary.xlsx");
    expect((await perfcheck(["template", "summary", "--out", file])).code).toBe(0);
    const wb = await load(file);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["部门整体支出绩效评价指标体系及评分表", "绩效评价结论一览表"]);
    expect(wb.worksheets[1].getCell("C4").formula).toBe("SUM('部门整体支出绩效评价指标体系及评分表'!F5:F11)");
    const result = checkWorkbook(workbookSnapshot(wb));
    expect(result.tables.map((t) => t.kind)).toEqual(["scoring", "summary"]);
    expect(result.findings).toEqual([]);
  });

  it("gives every 二级指标 the lines asked for with --rows", async () => {
    const file = outFile("target-3.xlsx");
    expect((await perfcheck(["template", "target", "--out", file, "--rows", "3"])).code).toBe(0);
    const wb = await load(file);
    // 产出指标 over 4 × 3 lines, 数量指标 over 3; 满意度指标's last line is row 38.
    expect(wb.worksheets[0].getCell("A12").master.address).toBe("A12");
    expect(["A23", "B14"].map((a) => wb.worksheets[0].getCell(a).master.address)).toEqual(["A12", "B12"]);
    expect(wb.worksheets[0].getCell("B38").master.address).toBe("B36");
    expect(checkWorkbook(workbookSnapshot(wb)).tables.map((t) => t.kind)).toEqual(["target"]);
  });

  it("never overwrites a file unless told to with --force", async () => {
    const file = outFile("kept.xlsx");
    await fs.writeFile(file, "mine");
    const refused = await perfcheck(["template", "target", "--out", file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--force");
    expect(await fs.readFile(file, "utf8")).toBe("mine");
    const forced = await perfcheck(["template", "target", "--out", file, "--force"]);
    expect(forced.code).toBe(0);
    expect((await load(file)).worksheets.map((ws) => ws.name)).toEqual(["项目绩效目标表"]);
  });

  it("takes the 执行率 分值 and the grade names from --profile", async () => {
    const file = outFile("hubei.xlsx");
    expect((await perfcheck(["template", "self-evaluation", "--out", file, "--profile", "hubei"])).code).toBe(0);
    const ws = (await load(file)).worksheets[0];
    expect(ws.getCell("F6").value).toBe(20);
    expect(ws.getCell("G25").formula).toContain('"优秀"');
  });
});
