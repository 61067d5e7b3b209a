import { assess } from "../assess";
import { rowName } from "../context";
import { indicatorRows, TARGET_KINDS } from "../indicators";
import { defineRule } from "../rule";

export const vagueTarget = defineRule<{ placeholder: { name: string; target: string } }>()({
  id: "vague-target",
  severity: "info",
  appliesTo: TARGET_KINDS,
  check({ table, profile }, report) {
    for (const row of indicatorRows(table)) {
      if (!row.target || assess(row, profile, table.year).target.kind !== "placeholder") continue;
      report("placeholder", row.target, { name: rowName(row), target: row.target.text }, { actual: row.target.text });
    }
  },
});
