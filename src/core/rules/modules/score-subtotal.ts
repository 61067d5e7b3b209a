import { INDICATOR_TABLE_KINDS } from "../../table-kinds";
import { defineRule } from "../rule";
import { groupScores, summaryAgainstDetail } from "../scores";

type Sum = { name: string; expected: number; actual: number };

/** A group's declared score against its rows' scores; a 结论一览表 row against the detail table's group of that name. */
export const scoreSubtotal = defineRule<{ group: Sum; detail: Sum & { detailSheet: string } }>()({
  id: "score-subtotal",
  severity: "error",
  appliesTo: INDICATOR_TABLE_KINDS,
  writesFix: ["group", "detail"],
  check({ table, profile, workbook }, report) {
    for (const g of groupScores(table, profile)) {
      if (g.comparison !== "off") continue;
      report("group", g.cell, { name: g.name, expected: g.computed, actual: g.declared },
        { expected: g.computed, actual: g.declared, related: g.related, fix: g.computed });
    }
    for (const s of summaryAgainstDetail(table, workbook, profile)) {
      if (s.comparison !== "off") continue;
      report("detail", s.cell, { name: s.name, expected: s.computed, actual: s.declared, detailSheet: s.detailSheet },
        { expected: s.computed, actual: s.declared, related: s.related, fix: s.computed });
    }
  },
});
