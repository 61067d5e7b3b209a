import { assess } from "../assess";
import { rowName } from "../context";
import { INDICATOR_KINDS, indicatorRows } from "../indicators";
import { defineRule } from "../rule";

type Missed = { name: string; target: string; actual: string; weight: number };

/** A missed target scored at full weight; a quantity carries the score the profile gives it (a deadline has none). */
export const targetMissedFullScore = defineRule<{ quantity: Missed & { expected: number }; deadline: Missed }>()({
  id: "target-missed-full-score",
  severity: "warning",
  appliesTo: INDICATOR_KINDS,
  check({ table, profile }, report) {
    for (const row of indicatorRows(table)) {
      const a = assess(row, profile, table.year);
      const s = row.score?.value;
      const w = row.weight?.value;
      const fullScore = s !== undefined && w !== undefined && w - s <= profile.tolerances.equal;
      if (a.outcome !== "missed" || a.actual.kind === "qualitative" || !fullScore || !row.score) continue;
      const name = rowName(row);
      const target = row.target?.text ?? "";
      const actual = row.actual?.text ?? "";
      const extra = { expected: a.expectedScore, actual: s, related: [row.target, row.actual], fix: a.expectedScore };
      if (a.expectedScore === undefined) report("deadline", row.score, { name, target, actual, weight: w ?? 0 }, extra);
      else report("quantity", row.score, { name, target, actual, weight: w ?? 0, expected: a.expectedScore }, extra);
    }
  },
});
