import { finding, type Finding } from "../findings";
import type { IndicatorRow, Table } from "../model";
import type { Profile } from "../profile/schema";
import { assess } from "./assess";
import { leafLabel, rowName, where, type TableRule } from "./context";

const INDICATOR_KINDS = new Set<Table["kind"]>(["self-evaluation", "target"]);
/** A 绩效运行监控表 reports its execution midway: only its targets are checked (RULES.md, `monitoring`). */
const TARGET_KINDS = new Set<Table["kind"]>([...INDICATOR_KINDS, "monitoring"]);

function indicatorRows(table: Table, kinds: ReadonlySet<Table["kind"]> = INDICATOR_KINDS): IndicatorRow[] {
  return kinds.has(table.kind) ? table.rows.filter((r) => r.parentLevel === undefined && leafLabel(r)) : [];
}

export const indicatorValue: TableRule = ({ table }) => {
  const out: Finding[] = [];
  for (const row of indicatorRows(table, TARGET_KINDS)) {
    for (const side of ["target", "actual"] as const) {
      const cell = row[side];
      if (!cell || cell.text || cell.row !== row.row) continue;
      if (side === "actual" && table.kind !== "self-evaluation") continue;
      out.push(finding("indicator-value", where(table, cell.cell), side, { name: rowName(row) }));
    }
  }
  return out;
};

export const vagueTarget: TableRule = ({ table, profile }) =>
  indicatorRows(table, TARGET_KINDS)
    .filter((row) => row.target && assess(row, profile, table.year).target.kind === "placeholder")
    .map((row) => finding("vague-target", where(table, row.target?.cell ?? ""), "placeholder", { name: rowName(row), target: row.target?.text ?? "" },
      { actual: row.target?.text ?? "" }));

export const unitMismatch: TableRule = ({ table, profile }) =>
  indicatorRows(table)
    .filter((row) => row.actual && assess(row, profile, table.year).unitMismatch)
    .map((row) => finding("unit-mismatch", where(table, row.actual?.cell ?? ""), "units",
      { name: rowName(row), target: row.target?.text ?? "", actual: row.actual?.text ?? "" }));

function fullScore(row: IndicatorRow, profile: Profile): boolean {
  const s = row.score?.value;
  const w = row.weight?.value;
  return s !== undefined && w !== undefined && w - s <= profile.tolerances.equal;
}

export const targetMissedFullScore: TableRule = ({ table, profile }) => {
  const out: Finding[] = [];
  for (const row of indicatorRows(table)) {
    const a = assess(row, profile, table.year);
    if (a.outcome !== "missed" || a.actual.kind === "qualitative" || !fullScore(row, profile) || !row.score) continue;
    const params = { name: rowName(row), target: row.target?.text ?? "", actual: row.actual?.text ?? "", weight: row.weight?.value ?? 0 };
    out.push(finding("target-missed-full-score", where(table, row.score.cell), a.expectedScore === undefined ? "deadline" : "quantity",
      a.expectedScore === undefined ? params : { ...params, expected: a.expectedScore },
      { expected: a.expectedScore, actual: row.score.value, related: [row.target?.cell ?? "", row.actual?.cell ?? ""], fix: a.expectedScore }));
  }
  return out;
};

export const deviationReason: TableRule = ({ table, profile }) =>
  indicatorRows(table)
    .filter((row) => row.reason && !row.reason.text && assess(row, profile, table.year).outcome === "missed")
    .map((row) => finding("deviation-reason", where(table, row.reason?.cell ?? ""), "empty",
      { name: rowName(row), target: row.target?.text ?? "", actual: row.actual?.text ?? "" }));

export const overshootReason: TableRule = ({ table, profile }) => {
  const out: Finding[] = [];
  for (const row of indicatorRows(table)) {
    if (!row.reason || row.reason.text) continue;
    const a = assess(row, profile, table.year);
    if (a.overshoot === undefined || a.overshoot < 1 + profile.overshoot - 1e-9) continue;
    out.push(finding("overshoot-reason", where(table, row.reason.cell), "empty", {
      name: rowName(row), target: row.target?.text ?? "", actual: row.actual?.text ?? "",
      percent: Math.round((a.overshoot - 1) * 100), margin: Math.round(profile.overshoot * 100),
    }));
  }
  return out;
};

type Band = "excellent" | "good" | "poor";
const BAND_OF_LEVEL: Partial<Record<string, Band>> = {
  excellent: "excellent", met: "excellent", good: "good", partial: "good", fair: "poor", poor: "poor", unmet: "poor",
};

export const qualitativeBand: TableRule = ({ table, profile }) => {
  const out: Finding[] = [];
  const { excellentMin, goodMin } = profile.qualitativeBands;
  const limits: Record<Band, [number, number]> = { excellent: [excellentMin, 1], good: [goodMin, excellentMin], poor: [0, goodMin] };
  for (const row of indicatorRows(table)) {
    const a = assess(row, profile, table.year);
    const s = row.score?.value;
    const w = row.weight?.value;
    if (a.actual.kind !== "qualitative" || s === undefined || w === undefined || w <= 0 || !row.score) continue;
    const band = BAND_OF_LEVEL[a.actual.level];
    if (!band) continue;
    const [lo, hi] = limits[band];
    const share = s / w;
    const inside = share >= lo - 1e-9 && (band === "excellent" ? share <= hi + 1e-9 : share < hi - 1e-9);
    if (inside) continue;
    out.push(finding("qualitative-band", where(table, row.score.cell), band, {
      name: rowName(row), actual: row.actual?.text ?? "", score: s, weight: w,
      share: Math.round(share * 1000) / 10, low: Math.round(lo * 100), high: Math.round(hi * 100),
    }, { actual: s }));
  }
  return out;
};
