import { leafRows, rowName } from "../context";
import { defineRule } from "../rule";
import { outOfRange, SCORED_KINDS } from "../scores";

type Score = { name: string; weight: number; actual: number };

export const scoreRange = defineRule<{ above: Score; negative: Score; notNumber: { name: string; text: string }; empty: { name: string; weight: number } }>()({
  id: "score-range",
  severity: "error",
  appliesTo: SCORED_KINDS,
  supersedes: ["qualitative-band", "target-missed-full-score"],
  restsOnWeights: true,
  check({ table, profile }, report) {
    const leaves = leafRows(table);
    if (!leaves.some((r) => r.score?.value !== undefined)) return;
    for (const row of leaves) {
      const s = row.score;
      const w = row.weight?.value;
      if (!s || s.error || w === undefined) continue;
      if (s.value === undefined) {
        if (s.text) report("notNumber", s, { name: rowName(row), text: s.text }, { actual: s.text });
        else report("empty", s, { name: rowName(row), weight: w }, { actual: s.text });
      } else if (s.value < 0) {
        report("negative", s, { name: rowName(row), weight: w, actual: s.value }, { actual: s.value, expected: 0 });
      } else if (outOfRange(row, profile)) {
        report("above", s, { name: rowName(row), weight: w, actual: s.value }, { actual: s.value, expected: w });
      }
    }
  },
});
