import type { CheckResult } from "../core/engine";
import type { Finding, Severity } from "../core/findings";
import type { Table } from "../core/model";
import { SEVERITIES } from "./severity";

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

interface TableGroup {
  table: Table | undefined;
  range: string | undefined;
  findings: Finding[];
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
 * reported them), tables and sheets by their worst finding (then in workbook order).
 */
export function groupBySeverity(check: Pick<CheckResult, "tables">, findings: readonly Finding[]): SheetGroup[] {
  const tables = new Map(check.tables.map((t) => [`${t.sheet}!${t.range}`, t]));
  const sheets = new Map<string, Map<string, Finding[]>>();
  for (const f of findings) {
    let bySheet = sheets.get(f.sheet);
    if (!bySheet) sheets.set(f.sheet, (bySheet = new Map()));
    const key = f.table ?? "";
    const list = bySheet.get(key);
    if (list) list.push(f);
    else bySheet.set(key, [f]);
  }
  const bySeverity = (a: { worst: Severity }, b: { worst: Severity }) => RANK[a.worst] - RANK[b.worst];
  return [...sheets]
    .map(([sheet, groups]) => {
      const tableGroups = [...groups]
        .map(([range, list]) => ({
          table: range ? tables.get(`${sheet}!${range}`) : undefined,
          range: range || undefined,
          findings: [...list].sort((a, b) => RANK[a.severity] - RANK[b.severity]),
          worst: worstOf(list.map((f) => f.severity)),
        }))
        .sort(bySeverity);
      return { sheet, tables: tableGroups, worst: worstOf(tableGroups.map((t) => t.worst)), count: tableGroups.reduce((n, t) => n + t.findings.length, 0) };
    })
    .sort(bySeverity);
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

export type FindingRow = Extract<ListRow, { kind: "finding" }>;

export interface FindingsView {
  /** The lines to show, in order: headings, and the findings of groups that are not collapsed. */
  rows: ListRow[];
  /** Every finding that passes the filter and the search, in list order, collapsed or not: what 上一个/下一个 walk. */
  order: FindingRow[];
}

/** The findings list for a filter, a search and a set of collapsed groups. */
export function findingsView(groups: SheetGroup[], collapsed: ReadonlySet<string>, matches: (f: Finding) => boolean): FindingsView {
  const rows: ListRow[] = [];
  const order: FindingRow[] = [];
  // Two findings alike in sheet, cell, rule and detail still need keys of their own.
  const seen = new Map<string, number>();
  const rowOf = (f: Finding): FindingRow => {
    const key = findingKey(f);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return { kind: "finding", key: n === 0 ? key : `${key}#${n}`, finding: f };
  };
  for (const sheet of groups) {
    const tables = sheet.tables
      .map((t) => ({ ...t, shown: t.findings.filter(matches) }))
      .filter((t) => t.shown.length > 0);
    if (tables.length === 0) continue;
    const sheetKey = sheetGroupKey(sheet.sheet);
    const sheetCollapsed = collapsed.has(sheetKey);
    const count = tables.reduce((n, t) => n + t.shown.length, 0);
    rows.push({ kind: "sheet", key: sheetKey, sheet: sheet.sheet, count, worst: worstOf(tables.map((t) => worstOf(t.shown.map((f) => f.severity)))), collapsed: sheetCollapsed });
    for (const t of tables) {
      const key = tableGroupKey(sheet.sheet, t.range);
      const tableCollapsed = collapsed.has(key);
      const findingRows = t.shown.map(rowOf);
      order.push(...findingRows);
      if (sheetCollapsed) continue;
      rows.push({ kind: "table", key, sheet: sheet.sheet, table: t.table, count: t.shown.length, worst: worstOf(t.shown.map((f) => f.severity)), collapsed: tableCollapsed });
      if (!tableCollapsed) rows.push(...findingRows);
    }
  }
  return { rows, order };
}

/** The groups a finding sits in: what must be expanded to show it. */
export function groupsOf(f: Finding): string[] {
  return [sheetGroupKey(f.sheet), tableGroupKey(f.sheet, f.table)];
}
