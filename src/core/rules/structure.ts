import { finding, type Finding } from "../findings";
import type { Table, TextCell } from "../model";
import { compactText } from "../values/normalize";
import { parseIndicatorValue } from "../values/indicator-value";
import { categoryOf, leafLabel, where, type Category, type TableRule } from "./context";

const INDICATOR_KINDS = new Set<Table["kind"]>(["self-evaluation", "target"]);

export const duplicateIndicator: TableRule = ({ table }) => {
  if (!INDICATOR_KINDS.has(table.kind) && table.kind !== "scoring") return [];
  const out: Finding[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const leaf = leafLabel(row);
    if (!leaf || row.parentLevel !== undefined || leaf.row !== row.row) continue;
    const key = `${leaf.name}\u0000${compactText(row.description?.text ?? "")}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, row.row);
      continue;
    }
    out.push(finding("duplicate-indicator", where(table, leaf.cell), "repeat", { name: leaf.text.replace(/\s+/g, " "), firstRow: first + 1 }));
  }
  return out;
};

const OUTPUT_PARTS: Category[] = ["quantity", "quality", "timeliness", "cost"];

export const missingCategory: TableRule = ({ table, profile }) => {
  if (!INDICATOR_KINDS.has(table.kind) || table.rows.length === 0) return [];
  const top = new Set<Category>();
  const outputParts = new Set<Category>();
  for (const row of table.rows) {
    const c = categoryOf(row.levels[0]?.name, ["output", "benefit", "satisfaction"], profile);
    if (c) top.add(c);
    if (c === "output") {
      const part = categoryOf(row.levels[1]?.name, OUTPUT_PARTS, profile);
      if (part) outputParts.add(part);
    }
  }
  if (top.size === 0) return [];
  const missing: Category[] = [];
  if (top.has("output") && outputParts.size > 0) missing.push(...OUTPUT_PARTS.filter((p) => !outputParts.has(p)));
  missing.push(...(["output", "benefit", "satisfaction"] as Category[]).filter((c) => !top.has(c)));
  return missing.map((category) => finding("missing-category", where(table, table.headerAnchor), category, { category }));
};

function copied(planned: TextCell, actual: TextCell, minLength: number): boolean {
  const a = compactText(planned.text);
  return a.length >= minLength && a === compactText(actual.text);
}

export const copiedActual: TableRule = ({ table, profile }) => {
  const pairs: { planned: TextCell; actual: TextCell }[] = [...table.comparisonRows];
  if (table.goal) pairs.push(table.goal);
  return pairs
    .filter((p) => copied(p.planned, p.actual, profile.copiedTextMinLength))
    .map((p) => finding("copied-actual", where(table, p.actual.cell), table.goal === p ? "goal" : "comparison",
      { length: compactText(p.actual.text).length }, { related: [p.planned.cell] }));
};

/** Full dates (`2022年12月31日`) written in a text, e.g. a 时效指标's description. */
function datesIn(text: string): { year: number; month: number; day?: number }[] {
  const out: { year: number; month: number; day?: number }[] = [];
  for (const m of compactText(text).matchAll(/(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/g)) {
    out.push({ year: Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : undefined });
  }
  return out;
}

export const timeliness: TableRule = ({ table, profile }) => {
  if (!INDICATOR_KINDS.has(table.kind)) return [];
  const out: Finding[] = [];
  for (const row of table.rows) {
    const isTime = row.levels.slice(0, -1).some((l) => categoryOf(l?.name, ["timeliness"], profile) === "timeliness");
    const cell = row.target;
    if (!isTime || !cell?.text) continue;
    const value = parseIndicatorValue(cell.text);
    if (value.kind !== "deadline" || value.year === undefined) continue;
    const at = where(table, cell.cell);
    // What the indicator says of itself: its description, else its name (`2025年12月31日前完成验收` under 指标内容).
    const own = row.description?.text || leafLabel(row)?.text || "";
    const stated = datesIn(own).find((d) => d.day !== undefined || value.day === undefined);
    const differs = stated && (stated.year !== value.year || stated.month !== value.month || (stated.day ?? value.day) !== (value.day ?? stated.day));
    if (stated && differs) {
      out.push(finding("timeliness", at, "description", { target: cell.text, description: own }, { actual: cell.text }));
    } else if (table.year !== undefined && value.year !== table.year) {
      out.push(finding("timeliness", at, "year", { target: cell.text, year: table.year }, { actual: cell.text, expected: table.year }));
    }
  }
  return out;
};
