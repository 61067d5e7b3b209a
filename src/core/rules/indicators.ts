import type { IndicatorRow, IndicatorTable, Table } from "../model";
import { leafLabel } from "./context";

/** Tables whose rows are indicators with targets and actual values. */
export const INDICATOR_KINDS = ["self-evaluation", "target"] as const satisfies readonly Table["kind"][];
/** A 绩效运行监控表 reports its execution midway: only its targets are checked (RULES.md, `monitoring`). */
export const TARGET_KINDS = [...INDICATOR_KINDS, "monitoring"] as const satisfies readonly Table["kind"][];

/** The table's indicator rows: its leaves with a label, not a parent's own line. */
export function indicatorRows(table: IndicatorTable): IndicatorRow[] {
  return table.rows.filter((r) => r.parentLevel === undefined && leafLabel(r));
}
