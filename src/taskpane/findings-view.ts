import type { CheckResult } from "../core/engine";
import type { Finding, Severity } from "../core/findings";
import type { Table } from "../core/model";
import { SEVERITIES } from "./severity";
import { addTo } from "../core/group";

/** The single-choice severity filter: every finding, or one severity. */
export type SeverityChoice = "all" | Severity;

export const SEVERITY_CHOICES: readonly SeverityChoice[] = ["all", ...SEVERITIES];

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A finding's identity across re-checks: the same problem at the same cell keeps its place in the list. */
export function findingKey(f: Finding): string {
  return `${f.sheet}!${f.cell}|${f.rule}|${f.variant}`;
}

/** A sheet's group key and a table's: what the collapsed set holds. */
export const sheetGroupKey = (sheet: string) => `sheet:${sheet}`;
export const tableGroupKey = (sheet: string, range: string | undefined) => `table:${sheet}!${range ?? ""}`;

/** One line of the findings list: a sheet heading, a table heading under it, or a finding. */
export type ListRow =
  | { kind: "sheet"; key: string; sheet: string; count: number; worst: Severity; collapsed: boolean }
  | { kind: "table"; key: string; sheet: string; table: Table | undefined; count: number; worst: Severity; collapsed: boolean }
  | { kind: "finding"; key: string; finding: Finding };

export type FindingRow = Extract<ListRow, { kind: "finding" }>;

/** A table's findings, errors first, each as its line of the list. */
interface TableGroup {
  table: Table | undefined;
  range: string | undefined;
  rows: FindingRow[];
  worst: Severity;
}

interface SheetGroup {
  sheet: string;
  tables: TableGroup[];
  worst: Severity;
  count: number;
}

const worstOf = (severities: Severity[]): Severity => severities.reduce((a, b) => (RANK[b] < RANK[a] ? b : a), "info");

/**
 * Findings grouped by sheet, then by table, errors first: within a table by severity (then by position, as the engine
 * reported them), tables and sheets by their worst finding (then in workbook order). Each finding's line of the list,
 * with its key, is made here once: every filter, search and fold of the list reuses it.
 */
export function groupBySeverity(check: Pick<CheckResult, "tables">, findings: readonly Finding[]): SheetGroup[] {
  const tables = new Map(check.tables.map((t) => [`${t.sheet}!${t.range}`, t]));
  // Two findings alike in sheet, cell, rule and detail still need keys of their own.
  const seen = new Map<string, number>();
  const rowOf = (f: Finding): FindingRow => {
    const key = findingKey(f);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return { kind: "finding", key: n === 0 ? key : `${key}#${n}`, finding: f };
  };
  const sheets = new Map<string, Map<string, FindingRow[]>>();
  for (const f of findings) {
    let bySheet = sheets.get(f.sheet);
    if (!bySheet) sheets.set(f.sheet, (bySheet = new Map()));
    addTo(bySheet, f.table ?? "", rowOf(f));
  }
  const bySeverity = (a: { worst: Severity }, b: { worst: Severity }) => RANK[a.worst] - RANK[b.worst];
  return [...sheets]
    .map(([sheet, groups]) => {
      const tableGroups = [...groups]
        .map(([range, list]) => {
          const rows = list.sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity]);
          return { table: range ? tables.get(`${sheet}!${range}`) : undefined, range: range || undefined, rows, worst: rows[0].finding.severity };
        })
        .sort(bySeverity);
      return { sheet, tables: tableGroups, worst: worstOf(tableGroups.map((t) => t.worst)), count: tableGroups.reduce((n, t) => n + t.rows.length, 0) };
    })
    .sort(bySeverity);
}

/** Every finding's line of the list, by key. */
export function rowsByKey(groups: readonly SheetGroup[]): Map<string, FindingRow> {
  const rows = new Map<string, FindingRow>();
  for (const sheet of groups) for (const table of sheet.tables) for (const row of table.rows) rows.set(row.key, row);
  return rows;
}

/**
 * Whether a finding passes the severity choice and the search words (in its message, cell, sheet or table). The
 * message is rendered only when there are words to look for: thousands of findings, and most lists have no search.
 */
export function findingMatches(f: Finding, choice: SeverityChoice, query: string, message: () => string): boolean {
  if (choice !== "all" && f.severity !== choice) return false;
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = `${f.sheet}!${f.cell} ${f.table ?? ""} ${message()}`.toLowerCase();
  return words.every((w) => text.includes(w));
}

export interface FindingsView {
  /** The lines to show, in order: headings, and the findings of groups that are not collapsed. */
  rows: ListRow[];
  /** Every finding that passes the filter and the search, in list order, collapsed or not: what 上一个/下一个 walk. */
  order: FindingRow[];
}

/** The findings list for a filter, a search and a set of collapsed groups: the groups' lines, none made anew. */
export function findingsView(groups: readonly SheetGroup[], collapsed: ReadonlySet<string>, matches: (f: Finding) => boolean): FindingsView {
  const rows: ListRow[] = [];
  const order: FindingRow[] = [];
  for (const sheet of groups) {
    const tables = sheet.tables
      .map((t) => ({ ...t, shown: t.rows.filter((r) => matches(r.finding)) }))
      .filter((t) => t.shown.length > 0);
    if (tables.length === 0) continue;
    const sheetKey = sheetGroupKey(sheet.sheet);
    const sheetCollapsed = collapsed.has(sheetKey);
    const count = tables.reduce((n, t) => n + t.shown.length, 0);
    // A table's lines are errors first: its first shown line is its worst.
    const worst = worstOf(tables.map((t) => t.shown[0].finding.severity));
    rows.push({ kind: "sheet", key: sheetKey, sheet: sheet.sheet, count, worst, collapsed: sheetCollapsed });
    for (const t of tables) {
      for (const row of t.shown) order.push(row);
      if (sheetCollapsed) continue;
      const key = tableGroupKey(sheet.sheet, t.range);
      const tableCollapsed = collapsed.has(key);
      rows.push({ kind: "table", key, sheet: sheet.sheet, table: t.table, count: t.shown.length, worst: t.shown[0].finding.severity, collapsed: tableCollapsed });
      if (!tableCollapsed) for (const row of t.shown) rows.push(row);
    }
  }
  return { rows, order };
}

/** The groups a finding sits in: what must be expanded to show it. */
export function groupsOf(f: Finding): string[] {
  return [sheetGroupKey(f.sheet), tableGroupKey(f.sheet, f.table)];
}
