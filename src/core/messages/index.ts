import type { Finding } from "../findings";
import type { MessageCatalog } from "./catalog";
import { fillTemplate } from "./template";
import { enUS } from "./en-US";
import { zhCN } from "./zh-CN";

export type Language = "zh-CN" | "en-US";
export { renderNote } from "./notes";
export { renderUnfilled, unfilledLabel } from "./unfilled";
export { changeNote, describeChange, showCellValue, type ChangeText } from "./changes";

const CATALOGS: Record<Language, MessageCatalog> = { "zh-CN": zhCN, "en-US": enUS };

/** The sentence a person reads for a finding, in the chosen language. */
export function renderMessage(f: Finding, language: Language = "zh-CN"): string {
  const template = CATALOGS[language][f.rule][f.detail] ?? CATALOGS["zh-CN"][f.rule][f.detail] ?? f.rule;
  return fillTemplate(template, f.params);
}
