/**
 * npm run bench: engine phases on generated workbooks, the Excel host against a latency-simulating stand-in, and the
 * task pane's initial JavaScript size. Writes bench/results.json and prints a table.
 *
 * The measured code is bundled with esbuild first, as the task pane's bundle is, so that timings are those of
 * production JavaScript rather than of an on-the-fly TypeScript loader.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { buildSync } from "esbuild";

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(tmpdir(), "perfcheck-bench");
const TARGETS = { engine1000Ms: 500, engineOverLoad: 0.2, scaling10x: 12, syncs: 4, paneGzipKB: 300 };
/** Excel's limits on one validation read (issue 14): syncs at any size, bytes per response, merged areas per call. */
const EXCEL_READ_TARGETS = { syncs: TARGETS.syncs, responseBytes: 5_000_000, mergedAreasPerCall: 512 };
/** Write-back (verify, write) and flag (record and cells read outside the undo step, then the write). */
const WRITE_BACK_AND_FLAG_SYNCS = 5;

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

function paneBundle(): { initialGzipKB: number; exceljsInBundle: boolean } {
  execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "ignore" });
  const dist = path.join(ROOT, "dist");
  const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
  // The built page is minified: attribute values may be unquoted.
  const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+\.js)/g)].map((m) => m[1]).filter((src) => !/^https?:|office-js\//.test(src));
  const code = scripts.map((src) => readFileSync(path.join(dist, src)));
  const all = readdirSync(dist).filter((f) => f.endsWith(".js")).map((f) => readFileSync(path.join(dist, f), "utf8")).join("\n");
  return {
    initialGzipKB: Math.round(code.reduce((n, c) => n + gzipSync(c).length, 0) / 102.4) / 10,
    // exceljs's own package parts; none may reach the task pane.
    exceljsInBundle: all.includes("xl/worksheets/_rels") || all.includes("ExcelJS"),
  };
}

function main(): void {
  mkdirSync(OUT, { recursive: true });
  const measure = bundle("measure.ts");
  const host = bundle("excel-host.ts");
  const engine = ["10", "100", "1000"].map((n) => runJson(measure, ["self-evaluation", n, n === "1000" ? "5" : "7"]));
  const scoring = runJson(measure, ["scoring", "50000", "3"]);
  const excel = ["1", "50", "1000"].map((n) => runJson(host, [n, "50"]));
  const excelRead = runJsonList(bundle("excel-read.ts"));
  const pane = paneBundle();

  const ms = (r: Record<string, unknown>) => Number(r.engineMs);
  const e1000 = engine[2];
  const results = {
    date: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, node ${process.version}`,
    targets: TARGETS,
    engine,
    scoring,
    scaling: { "100/10": Math.round((ms(engine[1]) / ms(engine[0])) * 10) / 10, "1000/100": Math.round((ms(engine[2]) / ms(engine[1])) * 10) / 10 },
    excelHost: excel,
    excelRead,
    taskPane: pane,
    met: {
      engine1000: ms(e1000) < TARGETS.engine1000Ms,
      engineOverLoad: Number(e1000.engineOverLoad) <= TARGETS.engineOverLoad,
      scaling: ms(engine[2]) / ms(engine[1]) <= TARGETS.scaling10x && ms(engine[1]) / ms(engine[0]) <= TARGETS.scaling10x,
      syncs: excel.every((x) => {
        const r = x as { validate: { syncs: number }; writeBackAndFlag: { syncs: number } };
        return r.validate.syncs <= EXCEL_READ_TARGETS.syncs && r.writeBackAndFlag.syncs <= WRITE_BACK_AND_FLAG_SYNCS;
      }),
      excelRead: excelRead.every((r) =>
        Number(r.syncs) <= EXCEL_READ_TARGETS.syncs && Number(r.maxResponseBytes) <= EXCEL_READ_TARGETS.responseBytes && Number(r.maxMergedAreasPerCall) <= EXCEL_READ_TARGETS.mergedAreasPerCall),
      paneSize: pane.initialGzipKB <= TARGETS.paneGzipKB && !pane.exceljsInBundle,
    },
  };
  writeFileSync(path.join(ROOT, "bench", "results.json"), JSON.stringify(results, null, 2) + "\n");

  const rows = [...engine, scoring].map((r) => {
    const m = r.medianMs as Record<string, number>;
    return [String(r.workload), String(r.tables), ...["load", "snapshot", "detect", "parse", "check", "plan"].map((k) => String(m[k])), String(r.engineMs), String(r.engineOverLoad), String(r.peakRssMB)];
  });
  const header = ["workload", "tables", "load", "snapshot", "detect", "parse", "check", "plan", "engine", "eng/load", "peakMB"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join("  ");
  console.log("Engine, median ms per phase (after warm-up)");
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  console.log(`scaling 100/10 ×${results.scaling["100/10"]}, 1000/100 ×${results.scaling["1000/100"]}`);
  console.log("\nExcel host (50 ms per sync)");
  for (const x of excel) {
    const r = x as { tables: number; validate: { syncs: number; ms: number }; writeBackAndFlag: { syncs: number; ms: number }; naive: { syncs: number; ms: number; projected: boolean }; speedup: number; requestBytes: number };
    console.log(`${String(r.tables).padStart(5)} tables: validate ${r.validate.syncs} syncs ${r.validate.ms} ms; write-back+flag ${r.writeBackAndFlag.syncs} syncs ${r.writeBackAndFlag.ms} ms; naive ${r.naive.syncs} syncs ${r.naive.ms} ms${r.naive.projected ? " (projected)" : ""}; ×${r.speedup}; request ${Math.round(r.requestBytes / 1024)} KB`);
  }
  console.log("\nExcel read within Excel's limits (strict stand-in)");
  for (const r of excelRead) console.log(`${String(r.workload).padEnd(30)} ${r.syncs} syncs, largest response ${r.maxResponseBytes} bytes, at most ${r.maxMergedAreasPerCall} merged areas per call`);
  console.log(`\nTask pane initial JS: ${pane.initialGzipKB} KB gzipped; exceljs in bundle: ${pane.exceljsInBundle ? "YES" : "no"}`);
  console.log(`\nTargets met: ${Object.entries(results.met).map(([k, v]) => `${k} ${v ? "yes" : "NO"}`).join(", ")}`);
  console.log(`Written ${path.join("bench", "results.json")}`);
}

main();
