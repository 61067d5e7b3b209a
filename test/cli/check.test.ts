import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import path from "node:path";
import { checkWorkbook, type CheckResult } from "../../src/core/engine";
import type { TableNote } from "../../src/core/model";
import { htmlReport } from "../../src/report/html";
import { MAX_FILE_BYTES } from "../../src/hosts/xlsx/file-error";
import { jsonReport } from "../../src/report/json";
import { textReport } from "../../src/report/text";
import { selfEvaluationWithoutTotal, workbookFrom } from "../helpers/grid";
import { findingKeys, perfcheck, perfcheckProcess, S08, SAMPLES, tempDir, type JsonReport } from "./run";
import { ofKind } from "../helpers/table-kind";

const S01 = path.join(SAMPLES, "s01_温泉镇2021部门整体支出绩效评价.xlsx");
const S05 = path.join(SAMPLES, "s05_和义街道2023项目支出绩效自评表（一）.xlsx");

interface Expected {
  findings: { rule: string; sheet: string; cell: string }[];
}

let dir: string;
beforeAll(async () => {
  dir = await tempDir("check");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("smoke: bin/perfcheck.js in its own process checks a file, prints JSON and exits 1 on errors (every other test calls main() in-process)", async () => {
  const run = await perfcheckProcess(["check", S08, "--format", "json"]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(1);
  expect(findingKeys((JSON.parse(run.stdout) as JsonReport).files[0])).toContain("score-total|抽查2.残疾人儿童康复训练补助|H21");
});

test("check --format json over the samples folder reports every sample and every expected finding of s08, exit 1", async () => {
  const run = await perfcheck(["check", SAMPLES, "--format", "json"]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(1);
  const report = JSON.parse(run.stdout) as JsonReport;
  expect(report.files).toHaveLength((await fs.readdir(SAMPLES)).filter((f) => f.endsWith(".xlsx")).length);
  const s08 = report.files.find((f) => f.file === S08);
  if (!s08) throw new Error(`no report for ${S08}`);
  const expected = JSON.parse(await fs.readFile(S08.replace(/\.xlsx$/, ".expected.json"), "utf8")) as Expected;
  const found = findingKeys(s08);
  const sheetsByRule = new Set(s08.findings.map((f) => `${f.rule}|${f.sheet}`));
  const missing = expected.findings.filter((f) =>
    f.rule === "missing-category" ? !sheetsByRule.has(`${f.rule}|${f.sheet}`) : !found.has(`${f.rule}|${f.sheet}|${f.cell}`),
  );
  expect(missing).toEqual([]);
});

test("check --format text prints the findings and a summary line; a clean file exits 0", async () => {
  const [clean, english] = await Promise.all([
    perfcheck(["check", S01]),
    perfcheck(["check", S01, "--lang", "en-US"]),
  ]);
  expect(clean.code).toBe(0);
  expect(clean.stdout).toContain("✓ 无问题");
  expect(clean.stdout.trim().split("\n").pop()).toBe("1 个文件，2 张表：错误 0，警告 0，提示 0");
  expect(english.code).toBe(0);
  expect(english.stdout.trim().split("\n").pop()).toBe("1 file(s), 2 table(s): 0 error(s), 0 warning(s), 0 info");
});

test("check --format html writes a self-contained page with score bars, findings and escaped workbook text", async () => {
  // A sheet name with markup in it: the page must show it as text.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(S08);
  const sheet = wb.getWorksheet("抽查2.残疾人儿童康复训练补助");
  if (!sheet) throw new Error("s08 lacks 抽查2");
  sheet.name = `抽查2<i>&"x"`;
  const input = path.join(dir, "markup.xlsx");
  await wb.xlsx.writeFile(input);
  const zh = path.join(dir, "report.html");
  const en = path.join(dir, "report-en.html");
  const [zhRun, enRun] = await Promise.all([
    perfcheck(["check", input, "--format", "html", "--out", zh]),
    perfcheck(["check", S08, "--format", "html", "--out", en, "--lang", "en-US"]),
  ]);
  expect([zhRun.code, enRun.code]).toEqual([1, 1]);
  expect(zhRun.stdout + enRun.stdout).toBe("");
  const html = await fs.readFile(zh, "utf8");
  expect(html).toMatch(/^<!DOCTYPE html>/);
  expect(html).toContain("项目支出绩效自评表 (self-evaluation)");
  expect(html).toContain("总分应为 96");
  expect(html).toContain("<svg");
  expect(html).toContain("等级 优");
  expect(html).toContain("抽查2&#60;i&#62;&#38;&#34;x&#34;");
  expect(html).not.toContain("<i>");
  expect(html).not.toMatch(/<script|<link|src=|href=/);
  const english = await fs.readFile(en, "utf8");
  expect(english).toContain('<html lang="en-US">');
  expect(english).toContain("Project self-evaluation table (self-evaluation)");
  expect(english).toContain("Total score should be 96");
});

describe("notes in the reports", () => {
  // A 自评表 without its 总分 row, and a 绩效运行监控表 whose 分值 column was read by its content.
  const byContent: TableNote = {
    code: "column-by-content", cell: "G", params: { column: "G", header: "标准<b>", role: "weight", evidence: "total", value: 100 },
  };
  const checked = checkWorkbook(workbookFrom(selfEvaluationWithoutTotal()));
  const result: CheckResult = {
    ...checked,
    tables: [...checked.tables, { ...ofKind(checked.tables[0], "self-evaluation"), sheet: "监控表", kind: "monitoring", notes: [byContent] }],
    totals: [...checked.totals, { ...checked.totals[0], sheet: "监控表", kind: "monitoring", notes: [byContent] }],
  };
  const outcomes = [{ file: "notes.xlsx", result }];

  test("the text report prints each note indented under its table's line, in the report's language", () => {
    expect(textReport(outcomes, "zh-CN", false).split("\n").slice(1, 5)).toEqual([
      "  自评表 A1:I18 self-evaluation · 老旧小区改造  ✓ 无问题",
      "    说明        没有总分或合计行",
      "  监控表 A1:I18 monitoring · 老旧小区改造  ✓ 无问题",
      "    说明 G      G 列（表头“标准<b>”）按内容读作分值：各项之和等于合计 100",
    ]);
    expect(textReport(outcomes, "en-US", false)).toContain(
      "    note    G      Column G (header “标准<b>”) read by its content as weights: the rows add up to the total 100",
    );
  });

  test("the HTML report lists the notes under each table, escaped; the JSON report keeps them out of the totals", () => {
    const html = htmlReport(outcomes, "zh-CN");
    expect(html).toContain("绩效运行监控表 (monitoring)");
    expect(html).toContain('<ul class="notes"><li>没有总分或合计行</li></ul>');
    expect(html).toContain("<li>G 列（表头“标准&#60;b&#62;”）按内容读作分值：各项之和等于合计 100</li>");
    expect(htmlReport(outcomes, "en-US")).toContain("<li>No total row (总分/合计)</li>");
    const json = JSON.parse(jsonReport(outcomes, "zh-CN")) as { files: { tables: { notes?: string[] }[]; totals: object[] }[] };
    expect(json.files[0].tables.map((t) => t.notes)).toEqual([["没有总分或合计行"], [expect.stringMatching(/^G 列/)]]);
    expect(json.files[0].totals.filter((t) => "notes" in t)).toEqual([]);
  });
});

test("unreadable files get one error line each and exit 2, while the good file is still checked", async () => {
  const bad = {
    text: path.join(dir, "notes.txt"),
    xls: path.join(dir, "old.xls"),
    corrupt: path.join(dir, "corrupt.xlsx"),
    empty: path.join(dir, "empty.xlsx"),
    missing: path.join(dir, "missing.xlsx"),
  };
  await fs.writeFile(bad.text, "不是工作簿\n");
  await fs.writeFile(bad.xls, Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504)]));
  await fs.writeFile(bad.corrupt, Buffer.concat([Buffer.from("504b0304", "hex"), Buffer.from("truncated zip")]));
  await fs.writeFile(bad.empty, "");
  const files = Object.values(bad);
  const [json, text, english] = await Promise.all([
    perfcheck(["check", ...files, S08, "--format", "json"]),
    perfcheck(["check", bad.xls, S08]),
    perfcheck(["check", ...files, "--lang", "en-US", "--format", "json"]),
  ]);

  expect(json.code).toBe(2);
  const lines = json.stderr.trim().split("\n");
  expect(lines).toHaveLength(files.length);
  const reasons: [string, RegExp][] = [
    [bad.text, /^不是 \.xlsx 文件$/],
    [bad.xls, /^旧版 \.xls 或加密的工作簿，请在 Excel\/WPS 中另存为 \.xlsx 并取消密码$/],
    [bad.corrupt, /^文件已损坏或不是工作簿：/],
    [bad.empty, /^空文件$/],
    [bad.missing, /^文件或目录不存在 \[ENOENT\]$/],
  ];
  reasons.forEach(([file, reason], i) => {
    expect(lines[i].startsWith(`perfcheck: ${file}: `)).toBe(true);
    expect(lines[i].slice(`perfcheck: ${file}: `.length)).toMatch(reason);
  });
  // In the language asked for, on stderr and in the report alike.
  const inEnglish = ["not an .xlsx file", "old .xls or password-protected workbook", "corrupt or not a workbook: ", "empty file", "no such file or directory [ENOENT]"];
  const englishLines = english.stderr.trim().split("\n");
  const englishErrors = (JSON.parse(english.stdout) as JsonReport).files.map((f) => f.error ?? "");
  inEnglish.forEach((reason, i) => {
    expect(englishLines[i]).toContain(`perfcheck: ${files[i]}: ${reason}`);
    expect(englishErrors[i].startsWith(reason)).toBe(true);
  });
  const report = JSON.parse(json.stdout) as JsonReport;
  expect(report.files.map((f) => Boolean(f.error))).toEqual([true, true, true, true, true, false]);
  expect(findingKeys(report.files[5])).toContain("score-total|抽查2.残疾人儿童康复训练补助|H21");

  expect(text.code).toBe(2);
  expect(text.stdout).toContain(`${bad.xls}\n  无法读取: 旧版 .xls`);
  expect(text.stdout).toContain("总分应为 96");
  expect(text.stdout.trim().split("\n").pop()).toMatch(/^2 个文件，11 张表：错误 [1-9]/);
  expect(text.stderr).toContain(`perfcheck: ${bad.xls}: 旧版 .xls`);
});

test("--profile: a built-in name works; a broken JSON file or a bad override is a clear error, exit 2", async () => {
  const broken = path.join(dir, "broken.json");
  const wrong = path.join(dir, "wrong.json");
  await fs.writeFile(broken, "{ totalWeight: ");
  await fs.writeFile(wrong, JSON.stringify({ totalWeight: "一百" }));
  const [hubei, brokenRun, wrongRun] = await Promise.all([
    perfcheck(["check", S05, "--profile", "hubei"]),
    perfcheck(["check", S05, "--profile", broken]),
    perfcheck(["check", S05, "--profile", wrong]),
  ]);
  expect(hubei.stderr).toBe("");
  expect(hubei.code).toBe(0);
  expect(hubei.stdout).toMatch(/1 个文件，7 张表：错误 0/);
  for (const run of [brokenRun, wrongRun]) {
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
  }
  expect(brokenRun.stderr).toMatch(new RegExp(`^perfcheck: 口径文件 ${broken} 不是有效的 JSON（`));
  expect(wrongRun.stderr).toMatch(new RegExp(`^perfcheck: 口径文件 ${wrong} 有误：totalWeight：无效输入：期望 数字，实际接收 string\n`));
  const english = await perfcheck(["check", S05, "--profile", wrong, "--lang", "en-US"]);
  expect(english.stderr).toMatch(new RegExp(`^perfcheck: profile ${wrong} is invalid: totalWeight: Invalid input: expected number, received string\n`));
});

test("a file refused by the reader's memory guard is one line on stderr, and the other files are still checked", async () => {
  // Sparse: the size is what the guard looks at, before reading a byte.
  const huge = path.join(dir, "huge.xlsx");
  await fs.writeFile(huge, "");
  await fs.truncate(huge, MAX_FILE_BYTES + 1);
  const [check, fix] = await Promise.all([
    perfcheck(["check", huge, S08, "--format", "json"]),
    perfcheck(["fix", huge, "--out", path.join(dir, "huge.fixed.xlsx")]),
  ]);
  expect(check.code).toBe(2);
  const tooBig = new RegExp(`^perfcheck: ${huge}: 文件过大（201 MB，上限 200 MB）\n$`);
  expect(check.stderr).toMatch(tooBig);
  const report = JSON.parse(check.stdout) as JsonReport;
  expect(report.files.map((f) => Boolean(f.error))).toEqual([true, false]);
  expect(findingKeys(report.files[1])).toContain("score-total|抽查2.残疾人儿童康复训练补助|H21");
  expect(fix).toEqual({ code: 2, stdout: "", stderr: expect.stringMatching(tooBig) });
  await fs.rm(huge);
});
