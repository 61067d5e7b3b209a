import { assess } from "../assess";
import { rowName } from "../context";
import { INDICATOR_KINDS, indicatorRows } from "../indicators";
import { defineRule } from "../rule";

export const unitMismatch = defineRule<{ units: { name: string; target: string; actual: string } }>()({
  id: "unit-mismatch",
  severity: "warning",
  appliesTo: INDICATOR_KINDS,
  check({ table, profile }, report) {
    for (const row of indicatorRows(table)) {
      if (!row.actual || !assess(row, profile, table.year).unitMismatch) continue;
      report("units", row.actual, { name: rowName(row), target: row.target?.text ?? "", actual: row.actual.text });
    }
  },
});
