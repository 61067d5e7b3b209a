import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { findingKeys, perfcheck, S08, SAMPLES, sha, tempDir, type JsonReport } from "./run";

const S01 = path.join(SAMPLES, "s01_温泉镇2021部门整体支出绩效评价.xlsx");
const SHEET2 = "抽查2.残疾人儿童康复训练补助";
const XLS_ADVICE = "旧版 .xls 或加密的工作簿，请在 Excel/WPS 中另存为 .xlsx 并取消密码";

let dir: string;
/** A folder as a reviewer gets it: s08, s01 in a sub-folder, and an old .xls. */
let folder: string;
let xls: string;
beforeAll(async () => {
  dir = await tempDir("review");
  folder = path.join(dir, "收到的表");
  await fs.mkdir(path.join(folder, "街道"), { recursive: true });
  await fs.copyFile(S08, path.join(folder, "s08.xlsx"));
  await fs.copyFile(S01, path.join(folder, "街道", "s01.xlsx"));
  xls = path.join(folder, "旧表.xls");
  await fs.writeFile(xls, Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504)]));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function workbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** A sheet's rows as arrays of cell values (exceljs counts from 1). */
function rowsOf(ws: ExcelJS.Worksheet | undefined): unknown[][] {
  const rows: unknown[][] = [];
  ws?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("check for reviewers", () => {
  test("--format csv: UTF-8 with BOM, file,sheet,cell,rule,severity,message, a row per finding and per unreadable file", async () => {
    const [csv, json] = await Promise.all([
      perfcheck(["check", folder, "--format", "csv"]),
      perfcheck(["check", folder, "--format", "json"]),
    ]);
    expect(csv.code).toBe(2);
    const findings = (JSON.parse(json.stdout) as JsonReport).files.flatMap((f) => f.findings);
    expect(csv.stdout.startsWith("\ufefffile,sheet,cell,rule,severity,message\r\n")).toBe(true);
    const rows = csv.stdout.slice(1).trimEnd().split("\r\n");
    expect(rows).toHaveLength(1 + 1 + findings.length);
    expect(rows[1]).toBe(`${path.join(folder, "s08.xlsx")},抽查1.老旧小区完善类改造项目,E15,vague-target,info,指标值“是否”是占位词，不是可考核的指标值`);
    expect(rows).toContain(`${path.join(folder, "s08.xlsx")},${SHEET2},H21,score-total,error,总分应为 96（各项得分之和，含预算执行率得分），表中为 69`);
    expect(rows).toContain(`${xls},,,,error,无法读取: ${XLS_ADVICE}`);
    expect(csv.stderr).toContain(`perfcheck: ${xls}: ${XLS_ADVICE}`);
  });

  test("--format xlsx: a summary sheet, a row per finding, and a sheet per file; it needs --out", async () => {
    const out = path.join(dir, "问题清单.xlsx");
    const [run, noOut] = await Promise.all([
      perfcheck(["check", folder, "--format", "xlsx", "--out", out, "--lang", "zh-CN"]),
      perfcheck(["check", folder, "--format", "xlsx"]),
    ]);
    expect(run.code).toBe(2);
    expect(noOut).toMatchObject({ code: 2, stdout: "", stderr: "perfcheck: --format xlsx 需要用 --out 指定输出的 .xlsx 文件\n用 perfcheck --help 查看用法\n" });
    const wb = await workbook(out);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["汇总", "问题清单", "s08", "旧表", "s01"]);
    expect(rowsOf(wb.getWorksheet("汇总"))).toEqual([
      ["文件", "表", "错误", "警告", "提示", "未填写", "状态"],
      [path.join(folder, "s08.xlsx"), 11, 4, 36, 30, 0, ""],
      [xls, 0, 0, 0, 0, 0, `无法读取: ${XLS_ADVICE}`],
      [path.join(folder, "街道", "s01.xlsx"), 2, 0, 0, 0, 0, ""],
    ]);
    const findings = rowsOf(wb.getWorksheet("问题清单"));
    expect(findings[0]).toEqual(["文件", "工作表", "单元格", "规则", "级别", "说明"]);
    expect(findings).toHaveLength(1 + 70);
    expect(findings).toContainEqual([path.join(folder, "s08.xlsx"), SHEET2, "H21", "score-total", "错误", "总分应为 96（各项得分之和，含预算执行率得分），表中为 69"]);
    const s08 = rowsOf(wb.getWorksheet("s08"));
    expect(s08[0]).toEqual(["工作表", "范围", "类型", "名称", "错误", "警告", "提示", "状态", "总分", "等级"]);
    expect(s08[2]).toEqual([SHEET2, "A1:J21", "项目支出绩效自评表", "23残疾人儿童康复训练补助", 1, 2, 3, "", 96, "优"]);
    expect(rowsOf(wb.getWorksheet("s01"))[1]).toContain("✓ 无问题");
  });

  test("a per-file summary table closes the text and opens the HTML report", async () => {
    const html = path.join(dir, "summary.html");
    const [text, page] = await Promise.all([
      perfcheck(["check", folder]),
      perfcheck(["check", folder, "--format", "html", "--out", html, "--lang", "en-US"]),
    ]);
    const lines = text.stdout.trimEnd().split("\n");
    expect(lines.slice(-7)).toEqual([
      "各文件汇总",
      expect.stringMatching(/^ {2}文件 +表 {2}错误 {2}警告 {2}提示 {2}未填写 {2}状态$/),
      expect.stringMatching(new RegExp(`^  ${path.join(folder, "s08.xlsx")} +11 +4 +36 +30 +0$`)),
      expect.stringMatching(new RegExp(`^  ${xls} +0 +0 +0 +0 +0  无法读取$`)),
      expect.stringMatching(new RegExp(`^  ${path.join(folder, "街道", "s01.xlsx")} +2 +0 +0 +0 +0$`)),
      "",
      "3 个文件，13 张表：错误 4，警告 36，提示 30",
    ]);
    expect(page.code).toBe(2);
    const body = await fs.readFile(html, "utf8");
    expect(body).toContain("<h2>Summary by file</h2><table class=\"summary\"><tr><th>file</th><th>tables</th><th>error</th><th>warning</th><th>info</th><th>unfilled</th><th>status</th></tr>");
    expect(body).toContain(`<tr><td>${xls}</td><td class="number">0</td>`);
  });

  test("--severity lists that level and above; a table whose findings are all below it is clean only that far", async () => {
    const [errors, warnings, all, text] = await Promise.all([
      perfcheck(["check", S08, "--format", "json", "--severity", "error"]),
      perfcheck(["check", S08, "--format", "json", "--severity=warning"]),
      perfcheck(["check", S08, "--format", "json", "--severity", "info"]),
      perfcheck(["check", S08, "--severity", "error"]),
    ]);
    const severities = (run: typeof errors) => new Set((JSON.parse(run.stdout) as JsonReport).files[0].findings.map((f) => f.severity));
    expect(severities(errors)).toEqual(new Set(["error"]));
    expect(severities(warnings)).toEqual(new Set(["error", "warning"]));
    expect(severities(all)).toEqual(new Set(["error", "warning", "info"]));
    expect([errors.code, warnings.code, all.code, text.code]).toEqual([1, 1, 1, 1]);
    expect(text.stdout).toContain("抽查5.市属国有企业退休人员社会 A1:J20 self-evaluation · 市属国有企业退休人员社会化管理服务补助资金（第二批）  ✓ 无错误\n");
    expect(text.stdout).not.toContain("✓ 无问题");
    expect(text.stdout.trimEnd().split("\n").pop()).toBe("1 个文件，11 张表：错误 4，警告 0，提示 0");
  });

  test("an .xls in a folder is named on stderr with what to do, exit 2, and the other files are still checked", async () => {
    const run = await perfcheck(["check", folder, "--format", "json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`perfcheck: ${xls}: ${XLS_ADVICE}\n`);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.files.map((f) => [f.file, Boolean(f.error)])).toEqual([
      [path.join(folder, "s08.xlsx"), false],
      [xls, true],
      [path.join(folder, "街道", "s01.xlsx"), false],
    ]);
    expect(findingKeys(report.files[0])).toContain(`score-total|${SHEET2}|H21`);
  });
});

describe("strict options and help", () => {
  test.each([
    [["check", S08, "--fromat", "html"], "perfcheck: 未知的选项 --fromat\n用 perfcheck --help 查看用法\n"],
    [["check", S08, "--lang", "fr"], "perfcheck: --lang 的值 fr 无效，可用：zh-CN、en-US\n用 perfcheck --help 查看用法\n"],
    [["check", S08, "--format", "pdf", "--lang", "en-US"], "perfcheck: invalid value pdf for --format; use one of text, json, html, csv, xlsx\nsee perfcheck --help --lang en-US\n"],
    [["check", S08, "--severity=fatal"], "perfcheck: --severity 的值 fatal 无效，可用：error、warning、info\n用 perfcheck --help 查看用法\n"],
    [["check", S08, "--force=yes"], "perfcheck: --force 不带值\n用 perfcheck --help 查看用法\n"],
    [["check", S08, "--out"], "perfcheck: --out 需要一个值\n用 perfcheck --help 查看用法\n"],
    [["check", S08, "-x"], "perfcheck: 未知的选项 -x\n用 perfcheck --help 查看用法\n"],
    [["fix", S08, "--out-dir", "x", "--severity", "error"], "perfcheck: 未知的选项 --severity\n用 perfcheck --help 查看用法\n"],
    [["template", "target", "--rowz", "3"], "perfcheck: 未知的选项 --rowz\n"],
    [["chek", S08], "perfcheck: 未知的命令 chek\n用 perfcheck --help 查看用法\n"],
    [["check", S08, "--profile", "nowhere"], "perfcheck: 口径 nowhere：既不是内置口径（default、hubei），也不是可读取的文件\n"],
    [["check", S08, "--profile", "nowhere", "--lang", "en-US"], "perfcheck: profile nowhere: no such built-in profile (default, hubei) or readable file\n"],
    [["template", "scoring", "--out", "t.xlsx", "--rows", "2", "--lang", "en-US"], "perfcheck: --rows does not apply to scoring: its indicators are fixed\nusage:\n"],
  ])("perfcheck %j is refused with exit 2, naming what it did not understand", async (args, stderr) => {
    const run = await perfcheck(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.startsWith(stderr)).toBe(true);
  });

  test("--help is in Chinese, and in English with --lang en-US; each command takes it too", async () => {
    const [zh, en, checkHelp, bare, langFirst] = await Promise.all([
      perfcheck(["--help"]),
      perfcheck(["--help", "--lang", "en-US"]),
      perfcheck(["check", "--help", "--lang=en-US"]),
      perfcheck([]),
      perfcheck(["--lang", "en-US", "-h"]),
    ]);
    for (const run of [zh, en, checkHelp, bare, langFirst]) expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(zh.stdout).toMatch(/^绩效表校验助手 perfcheck：/);
    expect(zh.stdout).toContain("--severity    只列出此级别及以上的问题");
    expect(zh.stdout).toContain("perfcheck fix 文件|目录… --out-dir 输出目录");
    expect(en.stdout).toMatch(/^perfcheck \(绩效表校验助手\): checks/);
    expect(en.stdout).toContain("--format      report format: text (default), json, html, csv (UTF-8 with BOM), xlsx");
    expect(checkHelp.stdout).toBe(en.stdout);
    expect(langFirst.stdout).toBe(en.stdout);
    expect(bare.stdout).toBe(zh.stdout);
  });
});

describe("fix over a folder", () => {
  test("fix DIR --out-dir OUT writes a copy of each file at its place, lists each change, reports them, and names the .xls", async () => {
    const out = path.join(dir, "改后");
    const report = path.join(dir, "fix-report.json");
    const before = await sha(path.join(folder, "s08.xlsx"));
    const run = await perfcheck(["fix", folder, "--out-dir", out, "--report", report]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`perfcheck: ${xls}: ${XLS_ADVICE}\n`);
    expect(run.stdout).toContain(`${path.join(folder, "s08.xlsx")}\n已写入 3 个值，标记 70 个单元格，输出：${path.join(out, "s08.xlsx")}\n`);
    expect(run.stdout).toContain(`  ${SHEET2} · 23残疾人儿童康复训练补助 H21 总分：69 → 96（各项得分之和，含预算执行率得分）\n`);
    expect(run.stdout).toContain("2 个文件已写出副本，共写入 3 个值；1 个文件无法处理\n");
    expect(run.stdout).toContain(`报告：${report}\n`);
    expect(await sha(path.join(folder, "s08.xlsx"))).toBe(before);
    expect((await fs.readdir(out, { recursive: true })).sort()).toEqual(["s08.xlsx", "街道", path.join("街道", "s01.xlsx")].sort());

    const fixed = await workbook(path.join(out, "s08.xlsx"));
    expect(fixed.getWorksheet(SHEET2)?.getCell("H21").value).toBe(96);
    const written = JSON.parse(await fs.readFile(report, "utf8")) as { files: { file: string; error?: string; changes?: object[] }[] };
    expect(written.files.map((f) => [f.file, f.changes?.length, Boolean(f.error)])).toEqual([
      [path.join(folder, "s08.xlsx"), 3, false],
      [xls, undefined, true],
      [path.join(folder, "街道", "s01.xlsx"), 0, false],
    ]);
    expect(written.files[0].changes?.[0]).toEqual({
      sheet: SHEET2, cell: "H21", table: `${SHEET2} · 23残疾人儿童康复训练补助`, meaning: "总分", previous: 69, value: 96, reason: "各项得分之和，含预算执行率得分",
    });
  });

  test("folder fix refuses, before any work, an output folder holding the inputs or existing copies (without --force)", async () => {
    const out = path.join(dir, "again");
    const first = await perfcheck(["fix", path.join(folder, "s08.xlsx"), path.join(folder, "街道"), "--out-dir", out]);
    expect(first.code).toBe(0);
    expect((await fs.readdir(out)).sort()).toEqual(["s01.xlsx", "s08.xlsx"]);
    const stamp = await sha(path.join(out, "s08.xlsx"));
    const [again, intoInputs, forced] = [
      await perfcheck(["fix", folder, "--out-dir", out]),
      await perfcheck(["fix", folder, "--out-dir", folder, "--force"]),
      await perfcheck(["fix", path.join(folder, "s08.xlsx"), "--out-dir", out, "--force"]),
    ];
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(`perfcheck: ${path.join(out, "s08.xlsx")} 已存在，未覆盖；加 --force 可覆盖\n`);
    expect(again.stdout).toBe("");
    expect(intoInputs.code).toBe(2);
    expect(intoInputs.stderr).toMatch(/就是输入文件/);
    expect(forced.code).toBe(0);
    expect(await sha(path.join(out, "s08.xlsx"))).toBe(stamp);
  });

  test("fix --out takes one file; --report needs a format it can hold the changes in", async () => {
    const [two, folderOut, badReport] = await Promise.all([
      perfcheck(["fix", S08, S01, "--out", path.join(dir, "x.xlsx")]),
      perfcheck(["fix", folder, "--out", path.join(dir, "x.xlsx")]),
      perfcheck(["fix", S08, "--out", path.join(dir, "y.xlsx"), "--report", path.join(dir, "r.pdf")]),
    ]);
    expect(two.stderr).toMatch(/^perfcheck: --out 只能用于一个文件；多个文件或目录请用 --out-dir\n/);
    expect(folderOut.stderr).toMatch(/^perfcheck: --out 只能用于一个文件/);
    expect(badReport.stderr).toMatch(/^perfcheck: --report .*r\.pdf：报告文件的扩展名应为 \.txt、\.html、\.json 或 \.xlsx\n/);
    for (const run of [two, folderOut, badReport]) expect(run.code).toBe(2);
    await expect(fs.access(path.join(dir, "x.xlsx"))).rejects.toThrow();
  });
});
