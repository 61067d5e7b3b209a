import type { Finding } from "../core/findings";
import type { Table } from "../core/model";
import { addTo } from "../core/group";

/**
 * The findings of each table, grouped in one pass (a report of a thousand tables must not scan every finding per
 * table); in the findings' order.
 */
export function findingsByTable(findings: readonly Finding[]): (table: Pick<Table, "sheet" | "range">) => Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.table === undefined) continue;
    addTo(groups, `${f.sheet}\u0000${f.table}`, f);
  }
  return (table) => groups.get(`${table.sheet}\u0000${table.range}`) ?? [];
}
