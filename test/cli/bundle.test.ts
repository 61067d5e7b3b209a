import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { ROOT, S08, tempDir } from "./run";

const BUNDLE = path.join(ROOT, "build/cli/perfcheck.js");

/** Runs the bundle's main in a fresh node and answers which of exceljs and zod it loaded (as packages or inlined). */
function loadedBy(args: string[], cwd: string): Promise<{ code: number; exceljs: boolean; zod: boolean }> {
  // The bundle inlines zod: whether zod was initialised shows in the global it sets up when it is.
  const script = `
    const { main } = require(${JSON.stringify(BUNDLE)});
    process.stdout.write = () => true;
    main(${JSON.stringify(args)}).then((code) => {
      const exceljs = Object.keys(require.cache).some((k) => k.includes("node_modules/exceljs/"));
      console.error(JSON.stringify({ code, exceljs, zod: globalThis.__zod_globalConfig !== undefined }));
    });`;
  return new Promise((resolve, reject) => {
    execFile("node", ["-e", script], { cwd, encoding: "utf8" }, (error, _stdout, stderr) => {
      if (error) reject(error);
      else resolve(JSON.parse(stderr.trim().split("\n").at(-1) ?? ""));
    });
  });
}

describe("the command line's bundle", () => {
  it("checks a workbook without loading exceljs or the schema library; template loads exceljs, a profile file zod", async () => {
    const cwd = await tempDir("bundle");
    try {
      expect(await loadedBy(["check", S08], cwd)).toEqual({ code: 1, exceljs: false, zod: false });
      expect(await loadedBy(["check", S08, "--profile", "hubei"], cwd)).toEqual({ code: 1, exceljs: false, zod: false });
      const profile = path.join(cwd, "p.json");
      await fs.writeFile(profile, JSON.stringify({ totalWeight: 100 }));
      expect(await loadedBy(["check", S08, "--profile", profile], cwd)).toEqual({ code: 1, exceljs: false, zod: true });
      expect(await loadedBy(["template", "target", "--out", path.join(cwd, "t.xlsx")], cwd)).toEqual({ code: 0, exceljs: true, zod: false });
    } finally {
      await fs.rm(cwd, { recursive: true, force: true });
    }
  });
});

/** Whether V8 takes the saved compiled form of the bundle in a fresh node, as the launcher starts it. */
function takesSavedCode(): Promise<boolean> {
  const script = `
    const { compileBundle, savedCode } = require(${JSON.stringify(path.join(ROOT, "bin/bundle.js"))});
    const saved = savedCode();
    console.log(JSON.stringify(saved !== undefined && compileBundle(saved).cachedDataRejected === false));`;
  return new Promise((resolve, reject) => {
    execFile("node", ["-e", script], { encoding: "utf8" }, (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout))));
  });
}

describe("the launcher", () => {
  it("hands V8 the compiled form saved with the bundle, which V8 takes, and leaves one older than the bundle alone", async () => {
    // bin/bundle.js is CommonJS, as the launcher runs it: loaded with require, not transformed.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const launcher = require(path.join(ROOT, "bin/bundle.js")) as { BUNDLE: string; CODE_CACHE: string; savedCode: () => Buffer | undefined };
    expect(await takesSavedCode()).toBe(true);
    const built = (await fs.stat(launcher.BUNDLE)).mtime;
    const cache = await fs.stat(launcher.CODE_CACHE);
    try {
      await fs.utimes(launcher.CODE_CACHE, cache.atime, new Date(built.getTime() - 60_000));
      expect(launcher.savedCode()).toBeUndefined();
    } finally {
      await fs.utimes(launcher.CODE_CACHE, cache.atime, cache.mtime);
    }
  });
});
