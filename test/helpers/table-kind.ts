import type { Table, TableKind, TableOf } from "../../src/core/model";
import { isKindOf } from "../../src/core/table-kinds";

/** The table, which must be of one of the kinds: typed as such, so that a test reads the parts of its kind. */
export function ofKind<K extends TableKind>(table: Table | undefined, ...kinds: K[]): TableOf<K> {
  if (!table || !isKindOf(table, kinds)) throw new Error(`expected a ${kinds.join(" or ")} table, found ${table?.kind ?? "none"}`);
  return table;
}
