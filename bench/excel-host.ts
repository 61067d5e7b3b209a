/**
 * The Excel host against a latency-simulating stand-in: a fixed delay per context.sync, as on Excel on the web.
 * Prints one JSON object. Usage: node excel-host.js TABLES DELAY_MS
 */
import { performance } from "node:perf_hooks";
import { checkWorkbook } from "../src/core/engine";
import { ExcelHost } from "../src/hosts/excel/excel-host";
import { readWorkbookSnapshot } from "../src/hosts/xlsx/ooxml/read";
import { standInGlobals, StandInWorkbook } from "../test/stand-in/excel-stand-in";
import { selfEvaluationWorkbook } from "./generate";

/** Excel on the web refuses a request above 5 MB. */
const REQUEST_LIMIT = 5 * 1024 * 1024;

/** What a naive host does: one sync for the sheet list, then one per table read and one per cell written. */
async function naive(wb: StandInWorkbook, tables: { sheet: string; range: string }[], writes: number): Promise<number> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.load("items/name");
    await context.sync();
    for (const t of tables) {
      context.workbook.worksheets.getItem(t.sheet).getRange(t.range).load("values,formulas,numberFormat");
      await context.sync();
    }
    for (let i = 0; i < writes; i++) {
      context.workbook.worksheets.getItem(tables[0].sheet).getRange("Z1").values = [[i]];
      await context.sync();
    }
  });
  return wb.syncCount;
}

async function main(): Promise<void> {
  const [tablesText, delayText] = process.argv.slice(2);
  const count = Number(tablesText);
  const delay = Number(delayText);
  const snapshot = readWorkbookSnapshot("bench.xlsx", await selfEvaluationWorkbook(count));
  const requestBytes = Buffer.byteLength(JSON.stringify(snapshot));

  const wb = StandInWorkbook.fromSnapshot(snapshot);
  Object.assign(globalThis, standInGlobals(wb, { syncDelayMs: delay }));
  const host = new ExcelHost();
  let t = performance.now();
  const read = await host.read("workbook");
  const result = checkWorkbook(read.snapshot);
  const validateMs = performance.now() - t;
  const validateSyncs = wb.syncCount;
  wb.syncCount = 0;
  t = performance.now();
  await host.writeValues(result.plan);
  await host.flag(result.plan, "zh-CN");
  const writeMs = performance.now() - t;
  const writeSyncs = wb.syncCount;

  // The naive host is simulated only where it finishes in reasonable time; beyond, its time is projected.
  const tables = result.tables.map((x) => ({ sheet: x.sheet, range: x.range }));
  const writes = result.plan.values.length + result.plan.flags.length;
  const naiveWb = StandInWorkbook.fromSnapshot(snapshot);
  const simulate = count <= 100;
  Object.assign(globalThis, standInGlobals(naiveWb, { syncDelayMs: simulate ? delay : 0 }));
  t = performance.now();
  const naiveSyncs = await naive(naiveWb, tables, writes);
  const naiveMs = performance.now() - t + (simulate ? 0 : naiveSyncs * delay);

  process.stdout.write(JSON.stringify({
    tables: count,
    syncDelayMs: delay,
    requestBytes,
    withinWebRequestLimit: requestBytes <= REQUEST_LIMIT,
    validate: { syncs: validateSyncs, ms: Math.round(validateMs) },
    writeBackAndFlag: { syncs: writeSyncs, ms: Math.round(writeMs) },
    naive: { syncs: naiveSyncs, ms: Math.round(naiveMs), projected: !simulate },
    speedup: Math.round((naiveMs / (validateMs + writeMs)) * 10) / 10,
  }));
}

void main();
