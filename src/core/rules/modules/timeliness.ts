import { compactText } from "../../values/normalize";
import { parseIndicatorValue } from "../../values/indicator-value";
import { categoryOf, leafLabel } from "../context";
import { INDICATOR_KINDS } from "../indicators";
import { defineRule } from "../rule";

/** Full dates (`2022年12月31日`) written in a text, e.g. a 时效指标's description. */
function datesIn(text: string): { year: number; month: number; day?: number }[] {
  const out: { year: number; month: number; day?: number }[] = [];
  for (const m of compactText(text).matchAll(/(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/g)) {
    out.push({ year: Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : undefined });
  }
  return out;
}

/** A 时效指标's deadline against the date its own description states, else against the budget year. */
export const timeliness = defineRule<{ description: { target: string; description: string }; year: { target: string; year: number } }>()({
  id: "timeliness",
  severity: "warning",
  appliesTo: INDICATOR_KINDS,
  check({ table, profile }, report) {
    for (const row of table.rows) {
      const isTime = row.levels.slice(0, -1).some((l) => categoryOf(l?.name, ["timeliness"], profile) === "timeliness");
      const cell = row.target;
      if (!isTime || !cell?.text) continue;
      const value = parseIndicatorValue(cell.text);
      if (value.kind !== "deadline" || value.year === undefined) continue;
      // What the indicator says of itself: its description, else its name (`2025年12月31日前完成验收` under 指标内容).
      const own = row.description?.text || leafLabel(row)?.text || "";
      const stated = datesIn(own).find((d) => d.day !== undefined || value.day === undefined);
      const differs = stated && (stated.year !== value.year || stated.month !== value.month || (stated.day ?? value.day) !== (value.day ?? stated.day));
      if (stated && differs) {
        report("description", cell, { target: cell.text, description: own }, { actual: cell.text });
      } else if (table.year !== undefined && value.year !== table.year) {
        report("year", cell, { target: cell.text, year: table.year }, { actual: cell.text, expected: table.year });
      }
    }
  },
});
