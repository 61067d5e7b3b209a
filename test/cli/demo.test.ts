import { promises as fs } from "node:fs";
import path from "node:path";
import { perfcheck, ROOT, tempDir } from "./run";

const SAMPLES = ["s02_和义街道2023部门整体绩效评价", "s05_和义街道2023项目支出绩效自评表（一）", "s08_自评表抽查样例（植入问题）"];

test("demo checks and fixes the bundled samples into ./out, with report.html and a short summary", async () => {
  expect((await fs.readdir(path.join(ROOT, "assets/samples"))).sort()).toEqual(SAMPLES.map((s) => `${s}.xlsx`));
  const cwd = await tempDir("demo");
  try {
    const run = await perfcheck(["demo"], cwd);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect((await fs.readdir(path.join(cwd, "out"))).sort()).toEqual(["report.html", ...SAMPLES.map((s) => `${s}.fixed.xlsx`)]);
    const lines = run.stdout.trim().split("\n");
    expect(lines.at(-2)).toMatch(/^3 个文件，20 张表：错误 [1-9]\d*，警告 \d+，提示 \d+$/);
    expect(lines.at(-1)).toBe("报告：out/report.html");
    expect(run.stdout).toMatch(new RegExp(`已写入 3 个值，标记 \\d+ 个单元格，输出：out/${SAMPLES[2]}.fixed.xlsx`));
    expect(await fs.readFile(path.join(cwd, "out/report.html"), "utf8")).toContain("总分应为 96");
  } finally {
    await fs.rm(cwd, { recursive: true, force: true });
  }
});
