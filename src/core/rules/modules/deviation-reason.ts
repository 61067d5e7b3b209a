import { assess } from "../assess";
import { rowName } from "../context";
import { INDICATOR_KINDS, indicatorRows } from "../indicators";
import { defineRule } from "../rule";

export const deviationReason = defineRule<{ empty: { name: string; target: string; actual: string } }>()({
  id: "deviation-reason",
  severity: "warning",
  appliesTo: INDICATOR_KINDS,
  supersedes: ["deduction-reason"],
  check({ table, profile }, report) {
    for (const row of indicatorRows(table)) {
      if (!row.reason || row.reason.text || assess(row, profile, table.year).outcome !== "missed") continue;
      report("empty", row.reason, { name: rowName(row), target: row.target?.text ?? "", actual: row.actual?.text ?? "" });
    }
  },
});
