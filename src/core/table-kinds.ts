import type { Table, TableOf } from "./model";

/** The kinds of table the engine reads (no schema library: the rules and the command line's bundle load this at run time). */
export const TABLE_KINDS = [
  "self-evaluation", "target", "scoring", "summary", "comparison", "budget-execution", "monitoring",
] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

/** Kinds whose body is indicator rows under 一级/二级… labels. */
export const INDICATOR_TABLE_KINDS = ["self-evaluation", "target", "scoring", "summary", "monitoring"] as const satisfies readonly TableKind[];
export type IndicatorTableKind = (typeof INDICATOR_TABLE_KINDS)[number];

/** Kinds read with a project's header block above them (funds, 总体目标, 预算数, 资金支出计划). */
export const PROJECT_FORM_KINDS = ["self-evaluation", "target", "monitoring", "comparison"] as const satisfies readonly TableKind[];
export type ProjectFormKind = (typeof PROJECT_FORM_KINDS)[number];

/** Whether the table is of one of the kinds. */
export function isKindOf<K extends TableKind>(table: Table, kinds: readonly K[]): table is TableOf<K> {
  return (kinds as readonly TableKind[]).includes(table.kind);
}
