import type { RuleId } from "../findings";

/** Message templates by rule and detail; `{name}` is replaced by the finding's parameter of that name. */
export type MessageCatalog = Record<RuleId, Record<string, string>>;
