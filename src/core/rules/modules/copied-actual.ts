import type { TextCell } from "../../model";
import { PROJECT_FORM_KINDS } from "../../table-kinds";
import { compactText } from "../../values/normalize";
import { defineRule } from "../rule";

/** An actual text copied word for word from its plan (a comparison row, a 自评表's 年度总体目标): no evidence. */
export const copiedActual = defineRule<{ goal: { length: number }; comparison: { length: number } }>()({
  id: "copied-actual",
  severity: "info",
  appliesTo: PROJECT_FORM_KINDS,
  check({ table, profile }, report) {
    const pairs: { planned: TextCell; actual: TextCell }[] = table.kind === "comparison" ? [...table.comparisonRows] : [];
    if (table.goal) pairs.push(table.goal);
    for (const p of pairs) {
      const planned = compactText(p.planned.text);
      if (planned.length < profile.copiedTextMinLength || planned !== compactText(p.actual.text)) continue;
      report(table.goal === p ? "goal" : "comparison", p.actual, { length: compactText(p.actual.text).length }, { related: [p.planned] });
    }
  },
});
