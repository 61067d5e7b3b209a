import { PROJECT_FORM_KINDS } from "../../table-kinds";
import { percent } from "../funds";
import { defineRule } from "../rule";

/** 资金支出计划: cumulative shares never decrease, never pass 100%, and end at 100%; the first offending share is reported. */
export const spendPlan = defineRule<{ over: { period: string; actual: number }; decrease: { period: string; actual: number; previous: number }; notFull: { actual: number } }>()({
  id: "spend-plan",
  severity: "error",
  appliesTo: PROJECT_FORM_KINDS,
  check({ table, profile }, report) {
    const plan = table.spendPlan;
    if (!plan) return;
    const periods = plan.periods.filter((p) => p.share.value !== undefined);
    const shares = periods.map((p) => p.share);
    if (shares.length === 0) return;
    // Shares typed as 25, 50, 75, 100 (no % format) are percentages too. Fractions may overshoot 1 (a 120% typo),
    // so a plan reads as fractions when a share is %-formatted or none exceeds 2 (200%); percent numbers end near 100.
    const fractions = shares.some((s) => s.numFmt?.includes("%")) || shares.every((s) => (s.value ?? 0) <= 2);
    const scale = fractions ? 1 : 0.01;
    const values = shares.map((s) => (s.value ?? 0) * scale);
    const tol = profile.tolerances.rate;
    for (let i = 0; i < values.length; i++) {
      if (values[i] - 1 > tol) {
        report("over", shares[i], { period: periods[i].label.text, actual: percent(values[i]) }, { actual: values[i], expected: 1 });
        return;
      }
      if (i > 0 && values[i - 1] - values[i] > tol) {
        report("decrease", shares[i], { period: periods[i].label.text, actual: percent(values[i]), previous: percent(values[i - 1]) },
          { actual: values[i], expected: values[i - 1] });
        return;
      }
    }
    const last = values[values.length - 1];
    if (Math.abs(last - 1) > tol) {
      report("notFull", shares[shares.length - 1], { actual: percent(last) }, { actual: last, expected: 1, fix: scale === 1 ? 1 : 100 });
    }
  },
});
