/** How the pane shows numbers and cell values: plain, locale-neutral, without float noise. */

/** A number with at most `decimals` places and no trailing zeros: 96, 949.821024, 8.62. */
export function formatNumber(n: number, decimals = 6): string {
  const f = 10 ** decimals;
  return String(Math.round(n * f) / f);
}

/** A ratio as a percentage with at most two decimals: 0.8619 → "86.19%". */
export function formatPercent(ratio: number): string {
  return `${formatNumber(ratio * 100, 2)}%`;
}

/** A cell value or a planned value as text; `empty` for a blank cell. */
export function formatValue(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === "") return empty;
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "object" && "error" in value) return String(value.error);
  return String(value);
}
