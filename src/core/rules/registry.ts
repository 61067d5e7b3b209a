import { copiedActual } from "./modules/copied-actual";
import { deductionReason } from "./modules/deduction-reason";
import { deviationReason } from "./modules/deviation-reason";
import { duplicateIndicator } from "./modules/duplicate-indicator";
import { execRate } from "./modules/exec-rate";
import { execScore } from "./modules/exec-score";
import { formulaError } from "./modules/formula-error";
import { formulaRange } from "./modules/formula-range";
import { fundSum } from "./modules/fund-sum";
import { grade } from "./modules/grade";
import { hardcodedTotal } from "./modules/hardcoded-total";
import { indicatorValue } from "./modules/indicator-value";
import { missingCategory } from "./modules/missing-category";
import { numberAsText } from "./modules/number-as-text";
import { overshootReason } from "./modules/overshoot-reason";
import { qualitativeBand } from "./modules/qualitative-band";
import { roundingDrift } from "./modules/rounding-drift";
import { scoreRange } from "./modules/score-range";
import { scoreSubtotal } from "./modules/score-subtotal";
import { scoreTotal } from "./modules/score-total";
import { spendPlan } from "./modules/spend-plan";
import { targetMissedFullScore } from "./modules/target-missed-full-score";
import { timeliness } from "./modules/timeliness";
import { unitMismatch } from "./modules/unit-mismatch";
import { vagueTarget } from "./modules/vague-target";
import { weightNorm } from "./modules/weight-norm";
import { weightSum } from "./modules/weight-sum";
import { weightTotal } from "./modules/weight-total";

/** Every rule, in the order of RULES.md. Adding a rule is adding its module here, its messages and its tests. */
export const RULES = [
  weightSum, weightTotal, scoreRange, scoreTotal, scoreSubtotal, grade, deductionReason, roundingDrift,
  fundSum, execRate, execScore, spendPlan,
  indicatorValue, targetMissedFullScore, overshootReason, qualitativeBand, deviationReason, unitMismatch,
  vagueTarget, duplicateIndicator, missingCategory, weightNorm, copiedActual, timeliness,
  formulaRange, hardcodedTotal, formulaError, numberAsText,
] as const;

export type RuleModules = (typeof RULES)[number];
export type RuleId = RuleModules["id"];

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

const FIX_VARIANTS: ReadonlyMap<string, readonly string[]> = new Map(RULES.map((r) => [r.id, r.writesFix]));

/** Whether the write plan may write a finding of this rule and variant's `fix` into its cell. */
export function writesFix(rule: string, variant: string): boolean {
  return FIX_VARIANTS.get(rule)?.includes(variant) ?? false;
}

/** For each rule, the rules whose finding at the same cell hides its own (the same root cause shown again). */
export const SUPERSEDED_BY: ReadonlyMap<string, readonly RuleId[]> = RULES.reduce((map, r) => {
  for (const hidden of r.supersedes) map.set(hidden, [...(map.get(hidden) ?? []), r.id]);
  return map;
}, new Map<string, RuleId[]>());

/** Rules whose findings rest on the weights being read right. */
export const RESTS_ON_WEIGHTS: ReadonlySet<string> = new Set(RULES.filter((r) => r.restsOnWeights).map((r) => r.id));

/** Rules whose findings a value written into their cell does not settle. */
export const OUTLIVE_WRITE: ReadonlySet<string> = new Set(RULES.filter((r) => r.outlivesWrite).map((r) => r.id));
