import { INDICATOR_TABLE_KINDS, isKindOf } from "../../table-kinds";
import { defineRule } from "../rule";
import { declaredScoreTotal, groupScores, summaryAgainstDetail } from "../scores";
import { declaredWeightTotal, leafWeightCells, TOTALLED_KINDS } from "../weights";

type Sum = { expected: number; actual: number };

/** A declared total or subtotal within rounding (0.005–0.02) of its parts: the same sums the error rules check. */
export const roundingDrift = defineRule<{ total: Sum; weight: Sum; subtotal: Sum & { name: string }; detail: Sum & { name: string; detailSheet: string } }>()({
  id: "rounding-drift",
  severity: "info",
  appliesTo: INDICATOR_TABLE_KINDS,
  check({ table, profile, workbook }, report) {
    const weight = isKindOf(table, TOTALLED_KINDS) ? declaredWeightTotal(table, profile) : undefined;
    if (weight?.comparison === "drift") {
      report("weight", weight.cell, { expected: weight.total, actual: weight.declared }, { expected: weight.total, actual: weight.declared, related: leafWeightCells(table) });
    }
    const total = declaredScoreTotal(table, profile);
    if (total?.comparison === "drift") {
      report("total", total.cell, { expected: total.computed, actual: total.declared }, { expected: total.computed, actual: total.declared, related: total.related });
    }
    for (const g of groupScores(table, profile)) {
      if (g.comparison !== "drift") continue;
      report("subtotal", g.cell, { name: g.name, expected: g.computed, actual: g.declared }, { expected: g.computed, actual: g.declared, related: g.related });
    }
    for (const s of summaryAgainstDetail(table, workbook, profile)) {
      if (s.comparison !== "drift") continue;
      report("detail", s.cell, { name: s.name, expected: s.computed, actual: s.declared, detailSheet: s.detailSheet },
        { expected: s.computed, actual: s.declared, related: s.related });
    }
  },
});
