import { assess } from "../assess";
import { rowName } from "../context";
import { INDICATOR_KINDS, indicatorRows } from "../indicators";
import { defineRule } from "../rule";

type Band = "excellent" | "good" | "poor";
const BAND_OF_LEVEL: Partial<Record<string, Band>> = {
  excellent: "excellent", met: "excellent", good: "good", partial: "good", fair: "poor", poor: "poor", unmet: "poor",
};

type Scored = { name: string; actual: string; score: number; weight: number; share: number; low: number; high: number };

/** A qualitative actual's score against the band of the weight its level earns (优 80–100%, 良 60–<80%, below 60%). */
export const qualitativeBand = defineRule<Record<Band, Scored>>()({
  id: "qualitative-band",
  severity: "warning",
  appliesTo: INDICATOR_KINDS,
  check({ table, profile }, report) {
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
      report(band, row.score, {
        name: rowName(row), actual: row.actual?.text ?? "", score: s, weight: w,
        share: Math.round(share * 1000) / 10, low: Math.round(lo * 100), high: Math.round(hi * 100),
      }, { actual: s });
    }
  },
});
