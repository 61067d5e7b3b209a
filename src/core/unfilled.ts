import type { Table } from "./model";
import { INDICATOR_TABLE_KINDS, isKindOf } from "./table-kinds";
import { leafRows } from "./rules/context";

/**
 * What a table leaves blank that a filled-in form holds: no indicator rows at all (a blank form), weights without a
 * single score, or targets without a single actual value.
 */
export const UNFILLED_PARTS = ["indicators", "scores", "actuals"] as const;
export type UnfilledPart = (typeof UNFILLED_PARTS)[number];

const blank = (cell: { text: string } | undefined) => !cell || cell.text.trim() === "";

/**
 * The parts of a table nobody has filled in yet; empty for a table in use. A column counts only when the table has
 * it (a 目标表 has no actual values to fill in) and only when every one of its cells is blank: a table with some
 * scores is in use, and its missing ones are the rules' business.
 */
export function unfilledParts(table: Table): UnfilledPart[] {
  const parts: UnfilledPart[] = [];
  if (table.notes.some((n) => n.code === "no-indicator-rows")) parts.push("indicators");
  const leaves = leafRows(table);
  if (leaves.some((r) => r.score) && leaves.every((r) => blank(r.score))) parts.push("scores");
  const targeted = (isKindOf(table, INDICATOR_TABLE_KINDS) ? table.rows : []).filter((r) => !blank(r.target));
  if (targeted.some((r) => r.actual) && targeted.every((r) => blank(r.actual))) parts.push("actuals");
  return parts;
}
