import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { perfcheck, ROOT, S08, SAMPLES, sha, tempDir, type Run } from "./run";

const IS_INPUT = /^perfcheck: --out .+ 就是输入文件 .+（或其链接），不会覆盖输入文件\n$/;

let dir: string;
beforeAll(async () => {
  dir = await tempDir("output");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function workDir(name: string): Promise<string> {
  const work = path.join(dir, name);
  await fs.mkdir(work);
  return work;
}

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => ws.name);
}

/** The command line with at most `kilobytes` per written file (`ulimit -f`): a write past it fails with EFBIG. */
function perfcheckWithFileLimit(kilobytes: number, args: string[]): Promise<Run> {
  const command = `ulimit -f ${kilobytes}; exec node bin/perfcheck.js "$@"`;
  return new Promise((resolve) => {
    execFile("bash", ["-c", command, "bash", ...args], { cwd: ROOT, encoding: "utf8" }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

test("--out naming an input — the same path, a symlink or a hard link to it — is refused even with --force; the input is unchanged", async () => {
  const work = await workDir("inputs");
  const input = path.join(work, "input.xlsx");
  const symlink = path.join(work, "symlink.xlsx");
  const hardLink = path.join(work, "hard-link.xlsx");
  const profile = path.join(work, "profile.json");
  const profileLink = path.join(work, "profile-link.xlsx");
  await fs.copyFile(S08, input);
  await fs.symlink(input, symlink);
  await fs.link(input, hardLink);
  await fs.writeFile(profile, "{}");
  await fs.symlink(profile, profileLink);
  const before = { input: await sha(input), profile: await sha(profile) };
  const listing = (await fs.readdir(work)).sort();

  const runs = await Promise.all([
    perfcheck(["check", input, "--format", "html", "--out", input]),
    perfcheck(["check", work, "--format", "json", "--out", symlink, "--force"]),
    perfcheck(["check", input, "--out", hardLink, "--force"]),
    perfcheck(["fix", input, "--out", input]),
    perfcheck(["fix", input, "--out", symlink, "--force"]),
    perfcheck(["fix", input, "--out", hardLink, "--force"]),
    perfcheck(["template", "target", "--out", profileLink, "--profile", profile, "--force"]),
  ]);
  for (const run of runs) {
    expect(run).toEqual({ code: 2, stdout: "", stderr: expect.stringMatching(IS_INPUT) });
  }
  expect(runs[0].stderr).toContain(`就是输入文件 ${input}（`);
  expect(runs[6].stderr).toContain(`就是输入文件 ${profile}（`);
  expect(await sha(input)).toBe(before.input);
  expect(await sha(profile)).toBe(before.profile);
  expect((await fs.readdir(work)).sort()).toEqual(listing);
  expect((await fs.lstat(symlink)).isSymbolicLink()).toBe(true);
  expect((await fs.stat(hardLink)).nlink).toBe(2);
});

test("an existing --out is kept without --force, and replaced with it (check, fix and template alike)", async () => {
  const work = await workDir("existing");
  const input = path.join(work, "input.xlsx");
  await fs.copyFile(S08, input);
  const report = path.join(work, "report.html");
  const copy = path.join(work, "copy.xlsx");
  const layout = path.join(work, "layout.xlsx");
  for (const file of [report, copy, layout]) await fs.writeFile(file, "mine");

  const kept = await Promise.all([
    perfcheck(["check", input, "--format", "html", "--out", report]),
    perfcheck(["fix", input, "--out", copy]),
    perfcheck(["template", "target", "--out", layout]),
  ]);
  [report, copy, layout].forEach((file, i) => {
    expect(kept[i]).toEqual({ code: 2, stdout: "", stderr: `perfcheck: ${file} 已存在，未覆盖；加 --force 可覆盖\n` });
  });
  const english = await perfcheck(["check", input, "--format", "html", "--out", report, "--lang", "en-US"]);
  expect(english).toEqual({ code: 2, stdout: "", stderr: `perfcheck: ${report} exists; add --force to overwrite it\n` });
  for (const file of [report, copy, layout]) expect(await fs.readFile(file, "utf8")).toBe("mine");

  const forced = await Promise.all([
    perfcheck(["check", input, "--format", "html", "--out", report, "--force"]),
    perfcheck(["fix", input, "--out", copy, "--force"]),
    perfcheck(["template", "target", "--out", layout, "--force"]),
  ]);
  expect(forced.map((r) => r.code)).toEqual([1, 0, 0]);
  expect(await fs.readFile(report, "utf8")).toMatch(/^<!DOCTYPE html>/);
  expect(await sheetNames(copy)).toEqual(await sheetNames(input));
  expect(await sheetNames(layout)).toEqual(["项目绩效目标表"]);
  expect((await fs.readdir(work)).sort()).toEqual(["copy.xlsx", "input.xlsx", "layout.xlsx", "report.html"]);
});

test("a write that fails half-way leaves the previous output whole and no temporary file", async () => {
  const work = await workDir("failed");
  const input = path.join(work, "input.xlsx");
  await fs.copyFile(S08, input);
  const report = path.join(work, "report.html");
  const copy = path.join(work, "copy.xlsx");
  for (const file of [report, copy]) await fs.writeFile(file, "previous");

  // s08's report and copy are both well over 8 KB.
  const [check, fix] = await Promise.all([
    perfcheckWithFileLimit(8, ["check", input, "--format", "html", "--out", report, "--force"]),
    perfcheckWithFileLimit(8, ["fix", input, "--out", copy, "--force"]),
  ]);
  expect(check).toEqual({ code: 2, stdout: "", stderr: `perfcheck: ${report}：无法写入：系统错误 [EFBIG]\n` });
  expect(fix).toEqual({ code: 2, stdout: "", stderr: `perfcheck: ${copy}：无法写入：系统错误 [EFBIG]\n` });
  for (const file of [report, copy]) expect(await fs.readFile(file, "utf8")).toBe("previous");
  expect((await fs.readdir(work)).sort()).toEqual(["copy.xlsx", "input.xlsx", "report.html"]);

  // A new output that cannot be completed is not there at all.
  const fresh = path.join(work, "fresh.html");
  expect((await perfcheckWithFileLimit(8, ["check", input, "--format", "html", "--out", fresh])).code).toBe(2);
  expect((await fs.readdir(work)).sort()).toEqual(["copy.xlsx", "input.xlsx", "report.html"]);
});

test("a reader that stops early (| head) ends the check quietly, with the check's exit code", async () => {
  // 18 workbooks' JSON is ~150 KB, more than a pipe holds: the writes after `head` has gone fail with EPIPE.
  const command = 'node bin/perfcheck.js check "$1" --format json | head -c 1 >/dev/null; exit "${PIPESTATUS[0]}"';
  const run = await new Promise<Run>((resolve) => {
    execFile("bash", ["-c", command, "bash", SAMPLES], { cwd: ROOT, encoding: "utf8" }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
    });
  });
  expect(run).toEqual({ code: 1, stdout: "", stderr: "" });
});
