import type { Label } from "../../model";
import { INDICATOR_TABLE_KINDS } from "../../table-kinds";
import { compareSum } from "../../tolerances";
import { leafLabel } from "../context";
import { defineRule } from "../rule";
import { positionKey } from "../../snapshot";
import { groups, percentages, sum, weightOf } from "../weights";

type Sum = { name: string; expected: number; actual: number };

/** A parent weight (in its label or its own 分值 cell) that matches neither its direct children nor its leaves. */
export const weightSum = defineRule<{ children: Sum; percent: Sum }>()({
  id: "weight-sum",
  severity: "error",
  appliesTo: INDICATOR_TABLE_KINDS,
  restsOnWeights: true,
  check({ table, profile }, report) {
    if (table.relativeWeights) {
      // Percentages of the parent: each parent's children add up to 100%, whatever the parent's own share.
      for (const g of groups(table).all) {
        // Direct children: the child groups and the leaves that stand right under the parent, not under a child group.
        const grouped = new Set(g.children.flatMap((c) => c.rows));
        const leaves = g.rows.filter((r) => !grouped.has(r)).map((r) => leafLabel(r)).filter((l): l is Label => l !== undefined && l !== g.label);
        const children = [...g.children.map((c) => c.label), ...leaves];
        const distinct = [...new Map(children.map((l) => [positionKey(l.row, l.col), l])).values()];
        const shares = percentages(distinct);
        if (!shares) continue;
        const total = sum(shares);
        if (compareSum(total, 100, profile) !== "off") continue;
        report("percent", g.label, { name: g.label.name, expected: 100, actual: total },
          { expected: 100, actual: total, related: distinct });
      }
      return;
    }
    for (const g of groups(table).all) {
      const declared = g.ownWeight?.value ?? g.label.declaredWeight;
      // Without leaf weights there is nothing to compare a parent's weight with.
      if (declared === undefined || !g.rows.some((r) => r.weight?.value !== undefined)) continue;
      const leaves = sum(g.rows.map(weightOf));
      const children = g.children.filter((c) => c.rows.length > 0);
      const childWeights = children.map((c) => c.ownWeight?.value ?? c.label.declaredWeight);
      const direct = children.length > 0 && childWeights.every((w) => w !== undefined) ? sum(childWeights as number[]) : leaves;
      if (compareSum(declared, leaves, profile) !== "off" || compareSum(declared, direct, profile) !== "off") continue;
      report("children", g.ownWeight?.cell ?? g.label.weightCell ?? g.label, { name: g.label.name, expected: leaves, actual: declared },
        { expected: leaves, actual: declared, related: g.rows.map((r) => r.weight) });
    }
  },
});
