import { detectWorkbook, type SheetTables } from "./detect";
import type { Finding } from "./findings";
import type { Table } from "./model";
import { defaultProfile } from "./profile/built-in";
import type { Profile } from "./profile/schema";
import { runRules, withRuleNotes } from "./rules";
import { parseAddress, type WorkbookSnapshot } from "./snapshot";
import { computeTotals, type TableTotals } from "./totals";
import { buildPlan } from "./build-plan";
import type { WritePlan } from "./plan";

export interface CheckResult {
  sheets: SheetTables[];
  tables: Table[];
  findings: Finding[];
  totals: TableTotals[];
  plan: WritePlan;
}

function position(f: Finding): number {
  const a = parseAddress(f.cell);
  return a ? a.row * 100_000 + a.col : 0;
}

/** read → detect → parse → check → plan, on a snapshot. Pure: no I/O, never throws on content. */
export function checkWorkbook(snapshot: WorkbookSnapshot, profile: Profile = defaultProfile): CheckResult {
  const detected = detectWorkbook(snapshot, profile);
  const gridBySheet = new Map(detected.grids.map((g) => [g.name, g]));
  const sheetOrder = new Map(snapshot.sheets.map((s, i) => [s.name, i]));
  const checked = runRules({ tables: detected.sheets.flatMap((s) => s.tables), grids: gridBySheet }, profile);
  const sheets = detected.sheets.map((s) => ({ ...s, tables: withRuleNotes(s.tables, checked.notes) }));
  const tables = sheets.flatMap((s) => s.tables);
  const findings = checked.findings
    .map((f) => ({ f, sheet: sheetOrder.get(f.sheet) ?? 0, at: position(f) }))
    .sort((a, b) => a.sheet - b.sheet || a.at - b.at || (a.f.rule < b.f.rule ? -1 : a.f.rule > b.f.rule ? 1 : 0))
    .map((x) => x.f);
  const totals = tables.map((t) => computeTotals(t, profile));
  return { sheets, tables, findings, totals, plan: buildPlan(gridBySheet, tables, findings, totals) };
}
