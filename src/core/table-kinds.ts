/** The kinds of table the engine reads (no schema library: the rules and the command line's bundle load this at run time). */
export const TABLE_KINDS = [
  "self-evaluation", "target", "scoring", "summary", "comparison", "budget-execution", "monitoring",
] as const;
export type TableKind = (typeof TABLE_KINDS)[number];
