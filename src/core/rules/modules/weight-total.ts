import type { Label } from "../../model";
import { compareSum } from "../../tolerances";
import { leafRows } from "../context";
import { defineRule } from "../rule";
import { positionKey } from "../../snapshot";
import { declaredWeightTotal, leafWeightCells, percentages, sum, tableWeight, TOTALLED_KINDS } from "../weights";

type Sum = { expected: number; actual: number };

/** The weights add up to the declared total and to the profile's 100; for percentages, the top level's shares to 100%. */
export const weightTotal = defineRule<{ declared: Sum; norm: Sum; percent: Sum }>()({
  id: "weight-total",
  severity: "error",
  appliesTo: TOTALLED_KINDS,
  writesFix: ["declared"],
  restsOnWeights: true,
  check({ table, profile }, report) {
    if (table.relativeWeights) {
      const tops = [...new Map(table.rows.map((r) => r.levels.find((l) => l !== undefined)).filter((l): l is Label => l !== undefined).map((l) => [positionKey(l.row, l.col), l])).values()];
      const shares = percentages(tops);
      if (!shares) return;
      const total = sum(shares);
      if (compareSum(total, 100, profile) !== "off") return;
      report("percent", table.headerAnchor, { expected: 100, actual: total }, { expected: 100, actual: total, related: tops });
      return;
    }
    const leaves = leafRows(table);
    if (leaves.length === 0) return;
    const declared = declaredWeightTotal(table, profile);
    if (declared?.comparison === "off") {
      report("declared", declared.cell, { expected: declared.total, actual: declared.declared },
        { expected: declared.total, actual: declared.declared, related: leafWeightCells(table), fix: declared.total });
      return;
    }
    // A declared total within rounding of its parts is rounding-drift's.
    if (declared?.comparison === "drift") return;
    const total = tableWeight(table);
    if (compareSum(total, profile.totalWeight, profile) === "equal") return;
    report("norm", declared?.cell ?? table.headerAnchor, { expected: profile.totalWeight, actual: total },
      { expected: profile.totalWeight, actual: total, related: leafWeightCells(table) });
  },
});
