import { leafRows, rowName } from "../context";
import { defineRule } from "../rule";
import { SCORED_KINDS } from "../scores";

export const deductionReason = defineRule<{ empty: { name: string; score: number; weight: number } }>()({
  id: "deduction-reason",
  severity: "warning",
  appliesTo: SCORED_KINDS,
  restsOnWeights: true,
  check({ table, profile }, report) {
    for (const row of leafRows(table)) {
      const s = row.score?.value;
      const w = row.weight?.value;
      if (!row.reason || row.reason.text || s === undefined || w === undefined) continue;
      if (w - s <= profile.tolerances.equal) continue;
      report("empty", row.reason, { name: rowName(row), score: s, weight: w });
    }
  },
});
