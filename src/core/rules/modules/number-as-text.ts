import { TABLE_KINDS } from "../../table-kinds";
import { numericCells } from "../mechanics";
import { defineRule } from "../rule";

/** A weight, score or amount typed as text (`"10 "`, `１０`): read as the number, reported with it as the fix. */
export const numberAsText = defineRule<{ text: { text: string; value: number } }>()({
  id: "number-as-text",
  severity: "warning",
  appliesTo: TABLE_KINDS,
  check({ table, grid }, report) {
    for (const c of numericCells(table)) {
      if (!c.fromText || c.value === undefined) continue;
      // The text as typed (`１０`, `10 `), not the folded form the number was read from.
      const raw = grid.value(c.row, c.col);
      const text = typeof raw === "string" ? raw : c.text;
      report("text", c, { text, value: c.value }, { actual: text, expected: c.value, fix: c.value });
    }
  },
});
