import type { Profile } from "./profile/schema";

export type SumComparison = "equal" | "drift" | "off";

/** RULES.md tolerances: up to `equal` is equal, up to `drift` is rounding drift, beyond is a mistake. */
export function compareSum(declared: number, computed: number, profile: Profile): SumComparison {
  const diff = Math.round(Math.abs(declared - computed) * 1e9) / 1e9;
  if (diff <= profile.tolerances.equal) return "equal";
  if (diff <= profile.tolerances.drift) return "drift";
  return "off";
}
