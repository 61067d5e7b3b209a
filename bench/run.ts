/**
 * npm run bench: the command line's whole process from a cold start beside a bare exceljs load of the same file,
 * engine phases on generated workbooks, the Excel host against a latency-simulating stand-in, the initial
 * JavaScript of the task pane and the web page, and the built web page in Chromium given 1,000 tables. Writes bench/results.json and prints tables.
 *
 * The measured code is bundled with esbuild first, as the task pane's bundle is, so that timings are those of
 * production JavaScript rather than of an on-the-fly TypeScript loader.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { buildSync } from "esbuild";
import { coldTiming, type ColdTiming } from "./cold";
import { workloadWorkbook, type Workload } from "./generate";
import { webPageTiming } from "./web-page";

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(tmpdir(), "perfcheck-bench");
const TARGETS = {
  /** `check` over a bare exceljs load, whole process: the 1,000-table workbook and a small sample. */
  checkOverLoad1000: 0.8,
  checkOverLoadSample: 0.6,
  /** 10× the tables or the rows: at most this many times the engine's time. */
  scaling10x: 11,
  /** 1,000 tables on one sheet against the same tables ten to a sheet. */
  oneSheetOverSheets: 1.2,
  syncs: 4,
  paneGzipKB: 300,
  webGzipKB: 200,
  /** The web page given 1,000 tables in Chromium: its first findings on screen, and its longest main-thread task. */
  webFirstFindingsMs: 1500,
  webLongestTaskMs: 200,
};
/** Excel's limits on one validation read (issue 14): syncs at any size, bytes per response, merged areas per call. */
const EXCEL_READ_TARGETS = { syncs: TARGETS.syncs, responseBytes: 5_000_000, mergedAreasPerCall: 512 };
/** Write-back (verify, write) and flag (record and cells read outside the undo step, then the write). */
const WRITE_BACK_AND_FLAG_SYNCS = 5;
/** The smallest real sample that ships with the repository (about 12 KB). */
const SAMPLE = path.join(ROOT, "assets", "samples", "s02_和义街道2023部门整体绩效评价.xlsx");

function bundle(entry: string): string {
  const outfile = path.join(OUT, `${path.basename(entry, ".ts")}.js`);
  buildSync({ entryPoints: [path.join(ROOT, "bench", entry)], bundle: true, platform: "node", target: "node20", outfile, logLevel: "error" });
  return outfile;
}

function runJson(script: string, args: string[]): Record<string, unknown> {
  const out = execFileSync(process.execPath, [script, ...args], { encoding: "utf8", maxBuffer: 64 << 20 });
  return JSON.parse(out) as Record<string, unknown>;
}

function runJsonList(script: string): Record<string, number | string>[] {
  return JSON.parse(execFileSync(process.execPath, [script], { encoding: "utf8", maxBuffer: 64 << 20 })) as Record<string, number | string>[];
}

/** Gzipped size of the scripts a built page loads first (not Office.js, not chunks loaded later). */
function initialGzipKB(dir: string, page: string): number {
  const html = readFileSync(path.join(dir, page), "utf8");
  // The built page is minified: attribute values may be unquoted.
  const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+\.js)/g)].map((m) => m[1]).filter((src) => !/^https?:|office-js\//.test(src));
  return Math.round(scripts.reduce((n, src) => n + gzipSync(readFileSync(path.join(dir, src))).length, 0) / 102.4) / 10;
}

function pageBundles(): { initialGzipKB: number; webInitialGzipKB: number; exceljsInBundle: boolean } {
  execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "ignore" });
  const dist = path.join(ROOT, "dist");
  const all = [dist, path.join(dist, "web")]
    .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith(".js")).map((f) => readFileSync(path.join(dir, f), "utf8")))
    .join("\n");
  return {
    initialGzipKB: initialGzipKB(dist, "taskpane.html"),
    webInitialGzipKB: initialGzipKB(path.join(dist, "web"), "index.html"),
    // exceljs's own package parts; none may reach the pages.
    exceljsInBundle: all.includes("xl/worksheets/_rels") || all.includes("ExcelJS"),
  };
}

/** The generated workbook written to a file, for the whole-process runs. */
async function workloadFile(kind: Workload, size: number): Promise<{ file: string; bytes: number }> {
  const file = path.join(OUT, `${kind}-${size}.xlsx`);
  const bytes = await workloadWorkbook(kind, size);
  writeFileSync(file, bytes);
  return { file, bytes: bytes.length };
}

async function coldTimings(): Promise<ColdTiming[]> {
  const out = [coldTiming("sample s02", SAMPLE, statSync(SAMPLE).size, 9)];
  for (const [kind, size] of [["self-evaluation", 100], ["self-evaluation", 1000], ["one-sheet", 1000], ["scoring", 50000]] as const) {
    const { file, bytes } = await workloadFile(kind, size);
    out.push(coldTiming(`${kind} ${size}`, file, bytes, 5, kind !== "one-sheet"));
  }
  return out;
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join("  ");
  return [header, ...rows].map(line).join("\n");
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  execFileSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.js")], { stdio: "inherit" });
  const measure = bundle("measure.ts");
  const host = bundle("excel-host.ts");
  const cold = await coldTimings();
  const engine = ["10", "100", "1000"].map((n) => runJson(measure, ["self-evaluation", n, n === "1000" ? "5" : "7"]));
  const oneSheet = runJson(measure, ["one-sheet", "1000", "5"]);
  const scoring = ["5000", "50000"].map((n) => runJson(measure, ["scoring", n, "3"]));
  const excel = ["1", "50", "1000"].map((n) => runJson(host, [n, "50"]));
  const excelRead = runJsonList(bundle("excel-read.ts"));
  const pages = pageBundles();
  // The page just built into dist/web, given the same 1,000 tables as the cold and engine runs.
  const webPage = await webPageTiming(path.join(ROOT, "dist", "web"), "self-evaluation 1000", "self-evaluation-1000.xlsx", await workloadWorkbook("self-evaluation", 1000), 3);

  const ms = (r: Record<string, unknown>) => Number(r.engineMs);
  const coldOf = (workload: string) => cold.find((c) => c.workload === workload) as ColdTiming;
  const scaling = {
    "tables 100/10": ratio(ms(engine[1]), ms(engine[0])),
    "tables 1000/100": ratio(ms(engine[2]), ms(engine[1])),
    "rows 50000/5000": ratio(ms(scoring[1]), ms(scoring[0])),
    "cold check, tables 1000/100": ratio(coldOf("self-evaluation 1000").checkMs, coldOf("self-evaluation 100").checkMs),
  };
  const oneSheetOverSheets = { engine: ratio(ms(oneSheet), ms(engine[2])), coldCheck: ratio(coldOf("one-sheet 1000").checkMs, coldOf("self-evaluation 1000").checkMs) };
  const results = {
    date: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, node ${process.version}`,
    targets: TARGETS,
    cold,
    engine,
    oneSheet,
    scoring,
    scaling,
    oneSheetOverSheets,
    excelHost: excel,
    excelRead,
    pages,
    webPage,
    met: {
      checkOverLoad1000: Number(coldOf("self-evaluation 1000").checkOverLoad) <= TARGETS.checkOverLoad1000,
      checkOverLoadSample: Number(coldOf("sample s02").checkOverLoad) <= TARGETS.checkOverLoadSample,
      scaling: Object.values(scaling).every((x) => x <= TARGETS.scaling10x),
      oneSheet: oneSheetOverSheets.engine <= TARGETS.oneSheetOverSheets && oneSheetOverSheets.coldCheck <= TARGETS.oneSheetOverSheets,
      syncs: excel.every((x) => {
        const r = x as { validate: { syncs: number }; writeBackAndFlag: { syncs: number } };
        return r.validate.syncs <= EXCEL_READ_TARGETS.syncs && r.writeBackAndFlag.syncs <= WRITE_BACK_AND_FLAG_SYNCS;
      }),
      excelRead: excelRead.every((r) =>
        Number(r.syncs) <= EXCEL_READ_TARGETS.syncs && Number(r.maxResponseBytes) <= EXCEL_READ_TARGETS.responseBytes && Number(r.maxMergedAreasPerCall) <= EXCEL_READ_TARGETS.mergedAreasPerCall),
      paneSize: pages.initialGzipKB <= TARGETS.paneGzipKB && !pages.exceljsInBundle,
      webSize: pages.webInitialGzipKB <= TARGETS.webGzipKB,
      webPage: webPage.firstFindingsMs <= TARGETS.webFirstFindingsMs && webPage.longestTaskMs <= TARGETS.webLongestTaskMs,
    },
  };
  writeFileSync(path.join(ROOT, "bench", "results.json"), JSON.stringify(results, null, 2) + "\n");

  console.log("Whole process from a cold start, median wall ms: a bare exceljs load beside `perfcheck check --format json`");
  console.log(table(["workload", "KB", "exceljs load", "check", "check/load"],
    cold.map((c) => [c.workload, String(Math.round(c.bytes / 1024)), String(c.exceljsLoadMs ?? "-"), String(c.checkMs), String(c.checkOverLoad ?? "-")])));
  const rows = [...engine, oneSheet, ...scoring].map((r) => {
    const m = r.medianMs as Record<string, number>;
    // A workload without the exceljs yardstick has no load time nor ratio to it.
    const yardstick = r.engineOverLoad !== null;
    return [String(r.workload), String(r.tables), yardstick ? String(m.load) : "-", ...["snapshot", "detect", "parse", "check", "plan"].map((k) => String(m[k])), String(r.engineMs), yardstick ? String(r.engineOverLoad) : "-", String(r.peakRssMB)];
  });
  console.log("\nEngine, median ms per phase (after warm-up)");
  console.log(table(["workload", "tables", "load", "snapshot", "detect", "parse", "check", "plan", "engine", "eng/load", "peakMB"], rows));
  console.log(`scaling ${Object.entries(scaling).map(([k, v]) => `${k} ×${v}`).join(", ")}`);
  console.log(`1,000 tables on one sheet over ten to a sheet: engine ×${oneSheetOverSheets.engine}, cold check ×${oneSheetOverSheets.coldCheck}`);
  console.log("\nExcel host (50 ms per sync)");
  for (const x of excel) {
    const r = x as { tables: number; validate: { syncs: number; ms: number }; writeBackAndFlag: { syncs: number; ms: number }; naive: { syncs: number; ms: number; projected: boolean }; speedup: number; requestBytes: number };
    console.log(`${String(r.tables).padStart(5)} tables: validate ${r.validate.syncs} syncs ${r.validate.ms} ms; write-back+flag ${r.writeBackAndFlag.syncs} syncs ${r.writeBackAndFlag.ms} ms; naive ${r.naive.syncs} syncs ${r.naive.ms} ms${r.naive.projected ? " (projected)" : ""}; ×${r.speedup}; request ${Math.round(r.requestBytes / 1024)} KB`);
  }
  console.log("\nExcel read within Excel's limits (strict stand-in)");
  for (const r of excelRead) console.log(`${String(r.workload).padEnd(30)} ${r.syncs} syncs, largest response ${r.maxResponseBytes} bytes, at most ${r.maxMergedAreasPerCall} merged areas per call`);
  console.log(`\nInitial JS, gzipped: task pane ${pages.initialGzipKB} KB, web page ${pages.webInitialGzipKB} KB; exceljs in a page bundle: ${pages.exceljsInBundle ? "YES" : "no"}`);
  console.log(`Web page, 1,000 tables in Chromium (median of ${webPage.runs}): first findings ${webPage.firstFindingsMs} ms, whole result ${webPage.wholeResultMs} ms, longest main-thread task ${webPage.longestTaskMs} ms (${webPage.probe}; its most processor time ${webPage.longestTaskCpuMs} ms)`);
  console.log(`\nTargets met: ${Object.entries(results.met).map(([k, v]) => `${k} ${v ? "yes" : "NO"}`).join(", ")}`);
  console.log(`Written ${path.join("bench", "results.json")}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
