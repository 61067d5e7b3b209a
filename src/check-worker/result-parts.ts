import type { CheckResult } from "../core/engine";
import type { SheetTables } from "../core/detect";
import type { Finding } from "../core/findings";
import type { WritePlan } from "../core/plan";
import type { SheetSnapshot, WorkbookSnapshot } from "../core/snapshot";
import type { TableTotals } from "../core/totals";
import { addTo } from "../core/group";

/**
 * One sheet's share of a checked workbook. The worker posts a result sheet by sheet: the page takes each message in
 * a task of its own, where one message of the whole result (12 MB for 1,000 tables) froze it for half a second.
 */
export interface SheetPart {
  /** The sheet as read, where the asking page does not have it (a file the worker read). */
  snapshot?: SheetSnapshot;
  tables: SheetTables;
  /** The findings on this sheet, in the result's order (it sorts by sheet first). */
  findings: Finding[];
  /** Beside `tables.tables`, one for each. */
  totals: TableTotals[];
}

/** The result in parts, one per sheet in the workbook's order, each `withSnapshot` its sheet; the plan travels on its own. */
export function splitResult(snapshot: WorkbookSnapshot, check: CheckResult, withSnapshot: boolean): SheetPart[] {
  const findingsBySheet = new Map<string, Finding[]>();
  for (const f of check.findings) addTo(findingsBySheet, f.sheet, f);
  let table = 0;
  return snapshot.sheets.map((sheet, i) => {
    const tables = check.sheets[i];
    const totals = check.totals.slice(table, table + tables.tables.length);
    table += tables.tables.length;
    const part: SheetPart = { tables, findings: findingsBySheet.get(sheet.name) ?? [], totals };
    if (withSnapshot) part.snapshot = sheet;
    return part;
  });
}

/** The snapshot and result `splitResult` took apart; `snapshot`: the one the asking page has, where the parts have none. */
export function joinResult(parts: readonly SheetPart[], plan: WritePlan, snapshot?: WorkbookSnapshot): { snapshot: WorkbookSnapshot; check: CheckResult } {
  const sheets = parts.map((p) => p.tables);
  return {
    snapshot: snapshot ?? { sheets: parts.map(sheetOf) },
    check: {
      sheets,
      tables: sheets.flatMap((s) => s.tables),
      findings: parts.flatMap((p) => p.findings),
      totals: parts.flatMap((p) => p.totals),
      plan,
    },
  };
}

function sheetOf(part: SheetPart): SheetSnapshot {
  if (!part.snapshot) throw new Error(`the result for sheet ${part.tables.sheet} came without the sheet, and the page has none`);
  return part.snapshot;
}
