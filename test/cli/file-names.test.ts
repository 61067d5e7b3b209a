import { promises as fs } from "node:fs";
import path from "node:path";
import { findingKeys, perfcheck, S08, tempDir, type JsonReport } from "./run";

// "预算" and "报送" in GBK, as a Windows zip tool or an old Samba share leaves them: not valid UTF-8.
const BUDGET_GBK = Buffer.from("d4a4cbe3", "hex");
const FILED_GBK = Buffer.from("b1a8cbcd", "hex");

let dir: string;
beforeAll(async () => {
  dir = await tempDir("names");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("files whose names are GBK bytes, found in a directory, are checked and reported with their Chinese names", async () => {
  const work = Buffer.from(path.join(dir, "材料"));
  const join = (...parts: Buffer[]) => Buffer.concat(parts.flatMap((p, i) => (i === 0 ? [p] : [Buffer.from(path.sep), p])));
  await fs.mkdir(join(work, FILED_GBK), { recursive: true });
  await fs.writeFile(join(work, Buffer.concat([BUDGET_GBK, Buffer.from(".xlsx")])), await fs.readFile(S08));
  await fs.writeFile(join(work, FILED_GBK, Buffer.concat([BUDGET_GBK, Buffer.from("2.xlsx")])), "不是工作簿");

  const run = await perfcheck(["check", work.toString(), "--format", "json"]);
  const shown = { budget: path.join(dir, "材料", "预算.xlsx"), filed: path.join(dir, "材料", "报送", "预算2.xlsx") };
  expect(run.stderr).toBe(`perfcheck: ${shown.filed}: 不是 .xlsx 文件\n`);
  expect(run.code).toBe(2);
  const report = JSON.parse(run.stdout) as JsonReport;
  expect(report.files.map((f) => f.file)).toEqual([shown.filed, shown.budget]);
  expect(findingKeys(report.files[1])).toContain("score-total|抽查2.残疾人儿童康复训练补助|H21");
});
