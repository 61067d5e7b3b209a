import type { Finding, Severity } from "../core/findings";
import type { StringKey } from "./strings";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export const SEVERITY_NAMES: Record<Severity, StringKey> = {
  error: "severityError",
  warning: "severityWarning",
  info: "severityInfo",
};

/** Fluent badge colours for each severity. */
export const SEVERITY_COLORS = { error: "danger", warning: "warning", info: "informative" } as const satisfies Record<Severity, string>;

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
