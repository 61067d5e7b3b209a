import { OUT_OF_RANGE } from "../findings";

/** A parameter as a sentence shows it: numbers without float noise, a number beyond range as Excel shows it. */
export function show(v: string | number): string {
  if (typeof v !== "number") return v;
  return Number.isFinite(v) ? String(Math.round(v * 1e6) / 1e6) : OUT_OF_RANGE;
}

/** A message template with `{name}` replaced by the parameter of that name (left as written when there is none). */
export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? show(params[key]) : whole));
}
