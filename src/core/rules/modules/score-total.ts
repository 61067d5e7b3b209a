import { defineRule } from "../rule";
import { declaredScoreTotal, SCORED_KINDS } from "../scores";

type Sum = { expected: number; actual: number };

/** The declared total score against the leaf scores (and a 自评表's 执行率 得分). */
export const scoreTotal = defineRule<{ withExecution: Sum; plain: Sum }>()({
  id: "score-total",
  severity: "error",
  appliesTo: SCORED_KINDS,
  writesFix: ["withExecution", "plain"],
  check({ table, profile }, report) {
    const total = declaredScoreTotal(table, profile);
    if (total?.comparison !== "off") return;
    const params = { expected: total.computed, actual: total.declared };
    report(total.withExecution ? "withExecution" : "plain", total.cell, params, { expected: total.computed, actual: total.declared, related: total.related, fix: total.computed });
  },
});
