import { OUT_OF_RANGE } from "../findings";

/** A parameter as a sentence shows it: numbers without float noise, a number beyond range as Excel shows it. */
export function show(v: string | number): string {
  if (typeof v !== "number") return v;
  return Number.isFinite(v) ? String(Math.round(v * 1e6) / 1e6) : OUT_OF_RANGE;
}
