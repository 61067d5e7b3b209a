/**
 * Measures one workload in its own process (so its peak memory is its own): the median time of each phase over
 * several runs after a warm-up. Prints one JSON object.
 * Usage: tsx bench/measure.ts self-evaluation 1000 | one-sheet 1000 | scoring 50000 [RUNS]
 */
import ExcelJS from "exceljs";
import { performance } from "node:perf_hooks";
import { SheetGrid } from "../src/core/grid";
import { locateTables, readTable } from "../src/core/detect/find-tables";
import { defaultProfile } from "../src/core/profile";
import { runRules, withRuleNotes } from "../src/core/rules";
import { computeTotals } from "../src/core/totals";
import { buildPlan } from "../src/core/build-plan";
import { readWorkbookSnapshot } from "../src/hosts/xlsx/ooxml/read";
import { inflateWithZlib } from "../src/hosts/xlsx/zlib-inflate";
import { WORKLOADS, workloadWorkbook, type Workload } from "./generate";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const [kind, sizeText, runsText] = process.argv.slice(2);
  const size = Number(sizeText);
  const runs = Number(runsText ?? 5);
  if (!WORKLOADS.includes(kind as Workload)) throw new Error(`unknown workload ${kind}`);
  const buffer = await workloadWorkbook(kind as Workload, size);
  const profile = defaultProfile;
  const times: Record<string, number[]> = { load: [], snapshot: [], detect: [], parse: [], check: [], plan: [] };
  let tables = 0;
  let findings = 0;
  for (let run = 0; run <= runs; run++) {
    let t = performance.now();
    const lap = (phase: string) => {
      const now = performance.now();
      if (run > 0) times[phase].push(now - t);
      t = now;
    };
    // exceljs takes minutes over 1,000 tables' merges on one sheet: that workload goes without the yardstick.
    if (kind !== "one-sheet") await new ExcelJS.Workbook().xlsx.load(buffer as unknown as ExcelJS.Buffer);
    lap("load");
    // The project's own reader on the same bytes, inflating as the command line does; exceljs's load above is the
    // yardstick, not part of the check.
    const snapshot = readWorkbookSnapshot("bench.xlsx", buffer, inflateWithZlib);
    lap("snapshot");
    const grids = snapshot.sheets.map((s) => new SheetGrid(s));
    const located = grids.map((g) => locateTables(g, profile));
    lap("detect");
    const read = grids.flatMap((g, i) => located[i].map((l) => readTable(g, l, profile)));
    lap("parse");
    const gridBySheet = new Map(grids.map((g) => [g.name, g]));
    const found = runRules({ tables: read, grids: gridBySheet }, profile);
    const noted = withRuleNotes(read, found.notes);
    lap("check");
    buildPlan(gridBySheet, noted, found.findings, noted.map((table) => computeTotals(table, profile)));
    lap("plan");
    tables = read.length;
    findings = found.findings.length;
  }
  const medians = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.round(median(v) * 10) / 10]));
  const engine = medians.detect + medians.parse + medians.check + medians.plan;
  process.stdout.write(JSON.stringify({
    workload: `${kind} ${size}`,
    bytes: buffer.length,
    tables,
    findings,
    runs,
    medianMs: medians,
    engineMs: Math.round(engine * 10) / 10,
    engineOverLoad: kind === "one-sheet" ? null : Math.round((engine / medians.load) * 1000) / 1000,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }));
}

void main();
