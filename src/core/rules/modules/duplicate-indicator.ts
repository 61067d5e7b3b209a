import { compactText } from "../../values/normalize";
import { leafLabel } from "../context";
import { INDICATOR_KINDS } from "../indicators";
import { defineRule } from "../rule";

/** The same 三级指标 (name and description) twice in one table: the later one is reported. */
export const duplicateIndicator = defineRule<{ repeat: { name: string; firstRow: number } }>()({
  id: "duplicate-indicator",
  severity: "warning",
  appliesTo: [...INDICATOR_KINDS, "scoring"],
  check({ table }, report) {
    const seen = new Map<string, number>();
    for (const row of table.rows) {
      const leaf = leafLabel(row);
      if (!leaf || row.parentLevel !== undefined || leaf.row !== row.row) continue;
      const key = `${leaf.name}\u0000${compactText(row.description?.text ?? "")}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, row.row);
      else report("repeat", leaf, { name: leaf.text.replace(/\s+/g, " "), firstRow: first + 1 });
    }
  },
});
