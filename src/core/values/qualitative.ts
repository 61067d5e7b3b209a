/** Qualitative actual values and the placeholder targets that RULES.md calls vague. */
export type QualitativeLevel = "excellent" | "good" | "fair" | "poor" | "yes" | "no" | "met" | "partial" | "unmet";

const LEVEL_WORDS: Readonly<Record<string, QualitativeLevel>> = {
  优: "excellent",
  优秀: "excellent",
  良: "good",
  良好: "good",
  中: "fair",
  中等: "fair",
  一般: "fair",
  差: "poor",
  较差: "poor",
  是: "yes",
  有: "yes",
  符合: "yes",
  符合要求: "yes",
  符合标准: "yes",
  合格: "yes",
  否: "no",
  不符合: "no",
  不合格: "no",
  达标: "met",
  未达标: "unmet",
  不达标: "unmet",
};

/** 达成年度指标, 已完成, 部分达成, 基本完成, 未达成年度指标, … */
const ACHIEVEMENT = /^(已|全部|全面|部分|基本|未|未能|尚未|没有)?(达成|完成|实现|达到)(年度|预期)?(指标|目标)?值?$/u;

function achievementLevel(prefix: string | undefined): QualitativeLevel {
  if (prefix === "部分" || prefix === "基本") return "partial";
  if (prefix === "未" || prefix === "未能" || prefix === "尚未" || prefix === "没有") return "unmet";
  return "met";
}

/** The level of a qualitative value, given compact text (no spaces, folded widths). */
export function qualitativeLevel(compact: string): QualitativeLevel | undefined {
  const text = stripEndPunctuation(compact);
  const level = LEVEL_WORDS[text];
  if (level) return level;
  const m = ACHIEVEMENT.exec(text);
  return m ? achievementLevel(m[1]) : undefined;
}

const PLACEHOLDERS: readonly RegExp[] = [
  /^(优良中差|优秀良好中等较差|优秀良好一般较差)$/u,
  /^是否$/u,
  /^符合(相关质量|相关|质量)(标准|要求)$/u,
  /^(控制在|在)?预算(控制)?范围(以|之)?内$/u,
];

/** Separators people put between the options of a placeholder: `是/否`, `优、良、中、差`, `是或否`. */
const OPTION_SEPARATORS = /[/\\|,、;或]/gu;

/** True for the vague-target placeholders `优良中差`, `是否`, `符合相关质量标准`, `预算范围内` and light variants. */
export function isPlaceholder(compact: string): boolean {
  const text = stripEndPunctuation(compact).replace(OPTION_SEPARATORS, "");
  return PLACEHOLDERS.some((re) => re.test(text));
}

function stripEndPunctuation(text: string): string {
  return text.replace(/[。.!;]+$/u, "");
}
