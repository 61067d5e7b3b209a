import type { UnfilledPart } from "../unfilled";
import type { Language } from "./index";

/** What an unfilled table is called, and what it leaves blank, for every page and report that shows one. */
const UNFILLED_TEXT: Record<Language, { label: string; separator: string; parts: Record<UnfilledPart, string> }> = {
  "zh-CN": {
    label: "未填写",
    separator: "；",
    parts: {
      indicators: "表中还没有填写指标",
      scores: "已有分值，得分尚未填写",
      actuals: "已有指标值，实际完成值尚未填写",
    },
  },
  "en-US": {
    label: "Not filled in",
    separator: "; ",
    parts: {
      indicators: "no indicators filled in yet",
      scores: "weights without any score yet",
      actuals: "targets without any actual value yet",
    },
  },
};

/** `未填写` / `Not filled in`: the status word shown where a table in use shows its findings or ✓. */
export function unfilledLabel(language: Language): string {
  return UNFILLED_TEXT[language].label;
}

/** What the table leaves blank, in one sentence: `已有分值，得分尚未填写；已有指标值，实际完成值尚未填写`. */
export function renderUnfilled(parts: readonly UnfilledPart[], language: Language): string {
  const text = UNFILLED_TEXT[language];
  return parts.map((p) => text.parts[p]).join(text.separator);
}
