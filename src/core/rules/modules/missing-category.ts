import { categoryOf, type Category } from "../context";
import { INDICATOR_KINDS } from "../indicators";
import { defineRule } from "../rule";

const OUTPUT_PARTS = ["quantity", "quality", "timeliness", "cost"] as const satisfies readonly Category[];
const TOP_CATEGORIES = ["output", "benefit", "satisfaction"] as const satisfies readonly Category[];

type Missing = (typeof OUTPUT_PARTS)[number] | (typeof TOP_CATEGORIES)[number];

/** 产出指标 without one of 数量/质量/时效/成本, or a table without 产出, 效益 or 满意度 指标: the variant names what is missing. */
export const missingCategory = defineRule<Record<Missing, Record<string, never>>>()({
  id: "missing-category",
  severity: "warning",
  appliesTo: INDICATOR_KINDS,
  check({ table, profile }, report) {
    if (table.rows.length === 0) return;
    const top = new Set<Category>();
    const outputParts = new Set<Category>();
    for (const row of table.rows) {
      const c = categoryOf(row.levels[0]?.name, [...TOP_CATEGORIES], profile);
      if (c) top.add(c);
      if (c === "output") {
        const part = categoryOf(row.levels[1]?.name, [...OUTPUT_PARTS], profile);
        if (part) outputParts.add(part);
      }
    }
    if (top.size === 0) return;
    const missing: Missing[] = [];
    if (top.has("output") && outputParts.size > 0) missing.push(...OUTPUT_PARTS.filter((p) => !outputParts.has(p)));
    missing.push(...TOP_CATEGORIES.filter((c) => !top.has(c)));
    for (const category of missing) report(category, table.headerAnchor, {});
  },
});
