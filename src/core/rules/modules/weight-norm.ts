import { compareSum } from "../../tolerances";
import { categoryOf, executionLine, leafRows, type Category } from "../context";
import { defineRule } from "../rule";
import { sum, weightOf } from "../weights";

const NORM_GROUPS = ["output", "benefit", "satisfaction"] as const satisfies readonly Category[];

type Norm = { expected: number; actual: number };
type GroupNorm = Norm & { name: string };

/** A 自评表's group weights against the profile's norm (执行率 / 产出 / 效益 / 满意度). */
export const weightNorm = defineRule<{ execution: Norm; output: GroupNorm; benefit: GroupNorm; satisfaction: GroupNorm }>()({
  id: "weight-norm",
  severity: "warning",
  appliesTo: ["self-evaluation"],
  restsOnWeights: true,
  check({ table, profile }, report) {
    const exec = executionLine(table)?.weight;
    if (exec?.value !== undefined && compareSum(exec.value, profile.weightNorm.execution, profile) === "off") {
      report("execution", exec, { expected: profile.weightNorm.execution, actual: exec.value },
        { expected: profile.weightNorm.execution, actual: exec.value });
    }
    for (const category of NORM_GROUPS) {
      const rows = leafRows(table).filter((r) => categoryOf(r.levels[0]?.name, [...NORM_GROUPS], profile) === category);
      if (rows.length === 0) continue;
      const total = sum(rows.map(weightOf));
      const norm = profile.weightNorm[category];
      if (compareSum(total, norm, profile) !== "off") continue;
      const first = rows[0].levels[0];
      if (!first) continue;
      report(category, first, { name: first.name, expected: norm, actual: total },
        { expected: norm, actual: total, related: rows.map((r) => r.weight) });
    }
  },
});
