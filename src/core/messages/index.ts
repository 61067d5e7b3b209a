import type { Finding } from "../findings";
import type { MessageCatalog } from "./catalog";
import { enUS } from "./en-US";
import { zhCN } from "./zh-CN";

export type Language = "zh-CN" | "en-US";
export { renderNote } from "./notes";
export { renderUnfilled, unfilledLabel } from "./unfilled";
export { changeNote, describeChange, showCellValue, type ChangeText } from "./changes";
export { flagNote } from "./flag-note";

export const CATALOGS: Record<Language, MessageCatalog> = { "zh-CN": zhCN, "en-US": enUS };

type Messages = Record<string, (params: Finding["params"]) => string>;

/** The sentence a person reads for a finding, in the chosen language. */
export function renderMessage(f: Finding, language: Language = "zh-CN"): string {
  // The catalog's type pairs each variant with its own parameters; a finding's union type loses that pairing.
  const messages = CATALOGS[language][f.rule] as Messages;
  return messages[f.variant](f.params);
}
