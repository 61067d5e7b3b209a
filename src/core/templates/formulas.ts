import type { Profile } from "../profile/schema";

/** `SUM(a,b:c)`: SUM skips the empty text ("") that guarded formulas show, where `+` would give #VALUE!. */
export function sumFormula(...refs: string[]): string {
  return `SUM(${refs.join(",")})`;
}

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** A reference to a range on another sheet: `'指标体系及评分表'!F5:F7`. */
export function sheetRef(sheetName: string, ref: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${ref}`;
}

/** 执行率 = 全年执行数 / 全年预算数; empty while there is no budget, never #DIV/0!. */
export function rateFormula(spent: string, budget: string): string {
  return `IF(${budget}=0,"",${spent}/${budget})`;
}

/** The 执行率 得分 as the profile computes it (capped: ROUND(MIN(执行率,1)×分值,2)); empty while the rate is. */
export function executionScoreFormula(rate: string, weight: string, profile: Profile): string {
  const rule = profile.executionScore;
  let share: string;
  if (rule.mode === "capped") share = `MIN(${rate},1)`;
  else if (rule.mode === "uncapped") share = rate;
  else {
    share = [...rule.bands]
      .sort((a, b) => a.minRate - b.minRate)
      .reduce((otherwise, band) => `IF(${rate}>=${band.minRate},${band.ratio},${otherwise})`, "0");
  }
  return `IF(${rate}="","",ROUND(${share}*${weight},${profile.scoreDecimals}))`;
}

/**
 * The grade of a total by the profile's bands, best first (`IF(ROUND(t,2)>=90,"优",IF(…,"差"))`); the lowest band
 * also takes what lies below it. Empty while `scores` holds no number yet.
 */
export function gradeFormula(total: string, scores: string, profile: Profile): string {
  const bands = [...profile.gradeBands].sort((a, b) => a.min - b.min);
  const rounded = `ROUND(${total},${profile.scoreDecimals})`;
  const nested = bands
    .slice(1)
    .reduce((otherwise, band) => `IF(${rounded}>=${band.min},${quoted(band.name)},${otherwise})`, quoted(bands[0].name));
  return `IF(COUNT(${scores})=0,"",${nested})`;
}
