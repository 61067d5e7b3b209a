import { rowName } from "../context";
import { indicatorRows, TARGET_KINDS } from "../indicators";
import { defineRule } from "../rule";

/** An empty target, or an empty actual value in a 自评表, on an indicator's own row. */
export const indicatorValue = defineRule<{ target: { name: string }; actual: { name: string } }>()({
  id: "indicator-value",
  severity: "error",
  appliesTo: TARGET_KINDS,
  check({ table }, report) {
    for (const row of indicatorRows(table)) {
      for (const side of ["target", "actual"] as const) {
        const cell = row[side];
        if (!cell || cell.text || cell.row !== row.row) continue;
        if (side === "actual" && table.kind !== "self-evaluation") continue;
        report(side, cell, { name: rowName(row) });
      }
    }
  },
});
