import { assess } from "../assess";
import { rowName } from "../context";
import { INDICATOR_KINDS, indicatorRows } from "../indicators";
import { defineRule } from "../rule";

export const overshootReason = defineRule<{ empty: { name: string; target: string; actual: string; percent: number; margin: number } }>()({
  id: "overshoot-reason",
  severity: "warning",
  appliesTo: INDICATOR_KINDS,
  supersedes: ["deduction-reason"],
  check({ table, profile }, report) {
    for (const row of indicatorRows(table)) {
      if (!row.reason || row.reason.text) continue;
      const a = assess(row, profile, table.year);
      if (a.overshoot === undefined || a.overshoot < 1 + profile.overshoot - 1e-9) continue;
      report("empty", row.reason, {
        name: rowName(row), target: row.target?.text ?? "", actual: row.actual?.text ?? "",
        percent: Math.round((a.overshoot - 1) * 100), margin: Math.round(profile.overshoot * 100),
      });
    }
  },
});
