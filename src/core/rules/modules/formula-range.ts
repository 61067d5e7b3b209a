import { TABLE_KINDS } from "../../table-kinds";
import { formulaSums, summedCells } from "../mechanics";
import { defineRule } from "../rule";
import { addressOf } from "../../snapshot";

type Formula = { formula: string; cells: string };

/** A total's summing formula that leaves out some of its parts, or counts a subtotal (or a row inside one) twice. */
export const formulaRange = defineRule<{ omits: Formula; twice: Formula }>()({
  id: "formula-range",
  severity: "warning",
  appliesTo: TABLE_KINDS,
  supersedes: ["score-total", "weight-total", "rounding-drift", "fund-sum", "score-subtotal"],
  check({ table }, report) {
    for (const check of formulaSums(table)) {
      const formula = check.total.formula ?? "";
      const summed = summedCells(formula);
      if (!summed || check.parts.length === 0) continue;
      const missing = check.parts.filter((c) => !summed.has(c));
      const twice = check.inner.some((c) => summed.has(c)) ? check.parts.filter((c) => summed.has(c)) : check.subtotals.filter((c) => summed.has(c));
      const related = { related: check.parts };
      if (missing.length > 0) report("omits", check.total, { formula, cells: missing.map(addressOf).join(", ") }, related);
      else if (twice.length > 0) report("twice", check.total, { formula, cells: twice.map(addressOf).join(", ") }, related);
    }
  },
});
