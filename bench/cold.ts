/**
 * Whole-process timings, as a person meets them: `node bin/perfcheck.js check FILE --format json` from a cold start,
 * beside a node process that only loads the same file with exceljs (the yardstick). Each is the median wall time
 * of several runs, the two alternated so that both see the same load on the machine.
 */
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const BIN = path.join(ROOT, "bin", "perfcheck.js");
const EXCELJS_LOAD = `new (require("exceljs").Workbook)().xlsx.readFile(process.argv[1]).then(() => {}, (e) => { console.error(e); process.exit(1); });`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function wallMs(args: string[]): number {
  const t = performance.now();
  // Exit code 1 means error-level findings; only a failure to run (2 and up, or a signal) is a bench error.
  try {
    execFileSync(process.execPath, args, { cwd: ROOT, stdio: "ignore" });
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status !== 1) throw e;
  }
  return performance.now() - t;
}

export interface ColdTiming {
  workload: string;
  bytes: number;
  /** Absent where the yardstick is left out (see `yardstick`). */
  exceljsLoadMs?: number;
  checkMs: number;
  checkOverLoad?: number;
}

/**
 * `yardstick: false` leaves the exceljs load out: exceljs takes minutes over 1,000 tables' merges on one sheet, and
 * that workload is compared with the same tables on 100 sheets instead.
 */
export function coldTiming(workload: string, file: string, bytes: number, runs: number, yardstick = true): ColdTiming {
  const load: number[] = [];
  const check: number[] = [];
  // One run of each first, unmeasured: the files and node itself into the page cache.
  for (let run = 0; run <= runs; run++) {
    const l = yardstick ? wallMs(["-e", EXCELJS_LOAD, file]) : 0;
    const c = wallMs([BIN, "check", file, "--format", "json"]);
    if (run === 0) continue;
    load.push(l);
    check.push(c);
  }
  const checkMs = Math.round(median(check));
  if (!yardstick) return { workload, bytes, checkMs };
  const exceljsLoadMs = Math.round(median(load));
  return { workload, bytes, exceljsLoadMs, checkMs, checkOverLoad: Math.round((checkMs / exceljsLoadMs) * 100) / 100 };
}
