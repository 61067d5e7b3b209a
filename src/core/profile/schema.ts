import { z } from "zod";
import type { Language } from "../messages";

/** Header roles a table column can play; synonyms map header text to them. */
export const COLUMN_ROLES = [
  "level1",
  "level2",
  "level3",
  "level4",
  "weight",
  "score",
  "target",
  "actual",
  "reason",
  "description",
  "basis",
  "evaluationContent",
  "indicatorContent",
  "indicatorName",
  "planContent",
  "actualContent",
  "budgetInitial",
  "budgetAdjusted",
  "spent",
  "executionRate",
  /** 调整预算数: the change to the initial budget, not the adjusted budget. */
  "budgetAdjustment",
  /** 资金来源: the label column of a funds table. */
  "fundSource",
  /** 计量单位 / 度量单位: the unit of the target on the same row. */
  "unit",
  /** 指标性质 / 计算符号: the operator of the target on the same row. */
  "operator",
  /** 当前月执行情况: a monitoring table's execution so far. */
  "progress",
  /** 全年预计完成情况: a monitoring table's expected year-end value. */
  "forecast",
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

const nonEmptyWords = z.array(z.string().min(1)).min(1);
const ratio = z.number().min(0).max(1);

const gradeBand = z.object({
  /** Lowest total score (inclusive) that earns this grade. */
  min: z.number(),
  name: z.string().min(1),
  /** Other ways templates write the same grade (优秀 for 优, 良好 for 良). */
  aliases: z.array(z.string().min(1)).default([]),
});

const executionScore = z.discriminatedUnion("mode", [
  /** min(执行率, 1) × 分值 */
  z.object({ mode: z.literal("capped") }),
  /** 执行率 × 分值, no cap */
  z.object({ mode: z.literal("uncapped") }),
  /** Steps: the first band whose minRate the rate reaches gives ratio × 分值. */
  z.object({
    mode: z.literal("banded"),
    bands: z.array(z.object({ minRate: z.number().min(0), ratio })).min(1),
  }),
]);

/** A header built of these words plays this role, unless it holds one of the `except` words. */
const headerWord = z.object({
  role: z.enum(COLUMN_ROLES),
  words: nonEmptyWords,
  except: z.array(z.string().min(1)).default([]),
});

export const profileSchema = z.object({
  name: z.string().min(1),
  description: z.string().default(""),
  synonyms: z.object({
    columns: z.record(z.enum(COLUMN_ROLES), nonEmptyWords),
    /** Header morphology: tried in order when a header is none of `columns`' words (see detect/headers.ts). */
    headerWords: z.array(headerWord),
    totalLabels: nonEmptyWords,
    /** A label ending in one of these closes a group: `小计`, `资金小计`. */
    subtotalLabels: nonEmptyWords,
    gradeLabels: nonEmptyWords,
    fundsTotal: nonEmptyWords,
    fundsFiscal: nonEmptyWords,
    fundsCarryOver: nonEmptyWords,
    fundsOther: nonEmptyWords,
    budgetTotal: nonEmptyWords,
    goalLabels: nonEmptyWords,
    goalPlanned: nonEmptyWords,
    goalActual: nonEmptyWords,
    spendPlanLabels: nonEmptyWords,
    categories: z.object({
      output: nonEmptyWords,
      benefit: nonEmptyWords,
      satisfaction: nonEmptyWords,
      quantity: nonEmptyWords,
      quality: nonEmptyWords,
      timeliness: nonEmptyWords,
      cost: nonEmptyWords,
    }),
    titles: z.object({
      "self-evaluation": nonEmptyWords,
      target: nonEmptyWords,
      scoring: nonEmptyWords,
      summary: nonEmptyWords,
      comparison: nonEmptyWords,
      "budget-execution": nonEmptyWords,
      monitoring: nonEmptyWords,
    }),
  }),
  /** Sum of a table's leaf weights. */
  totalWeight: z.number().positive(),
  /** Norm of a 自评表's weights by group (执行率 / 产出 / 效益 / 满意度). */
  weightNorm: z.object({
    execution: z.number().min(0),
    output: z.number().min(0),
    benefit: z.number().min(0),
    satisfaction: z.number().min(0),
  }),
  gradeBands: z.array(gradeBand).min(1),
  /** Share of the weight a qualitative actual earns: 优/达成 ≥ excellentMin, 良/部分达成 ≥ goodMin, below that poor. */
  qualitativeBands: z.object({ excellentMin: ratio, goodMin: ratio }),
  executionScore,
  /** Decimals a computed score is rounded to. */
  scoreDecimals: z.number().int().min(0).max(6),
  tolerances: z.object({
    /** A difference up to this is equality. */
    equal: z.number().min(0),
    /** A difference above `equal` and up to this is rounding drift (info). */
    drift: z.number().min(0),
    /** Amounts (万元) within this are equal. */
    money: z.number().min(0),
    /** Rates (as fractions: 0.005 = 0.5 percentage point) within this are equal. */
    rate: z.number().min(0),
  }),
  /** An actual at least (1 + overshoot) × target needs a reason. */
  overshoot: z.number().min(0),
  /** ≤ targets missed: "target-over-actual" scores target ÷ actual × weight. */
  reverseScoring: z.enum(["target-over-actual", "zero"]),
  /** Texts shorter than this are never reported as copied. */
  copiedTextMinLength: z.number().int().min(1),
});

export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
export type GradeBand = z.infer<typeof gradeBand>;

/** A bad field of a profile: its path (`tolerances.drift`, empty for the whole profile) and what is wrong with it. */
export interface ProfileProblem {
  path: string;
  message: string;
}

/** A profile that does not validate, with every bad field. */
export class ProfileError extends Error {
  constructor(readonly problems: ProfileProblem[]) {
    super(`invalid profile: ${problems.map((p) => `${p.path || "(root)"}: ${p.message}`).join("; ")}`);
  }
}

// The schema library's own words for what is wrong with a field, in each language.
const SCHEMA_LOCALES: Record<Language, () => { localeError: z.core.$ZodErrorMap }> = { "zh-CN": z.locales.zhCN, "en-US": z.locales.en };

/** Validates a profile object; the error names every bad field by its path, saying what is wrong in `language`. */
export function parseProfile(input: unknown, language: Language = "en-US"): Profile {
  const result = profileSchema.safeParse(input, { error: SCHEMA_LOCALES[language]().localeError });
  if (result.success) return result.data;
  throw new ProfileError(result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })));
}
