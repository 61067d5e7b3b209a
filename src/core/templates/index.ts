import { defaultProfile } from "../profile/built-in";
import { MAX_ROWS_PER_GROUP, TEMPLATES, type SheetContext, type TemplateOptions } from "./catalog";
import { comparisonLayout } from "./comparison";
import type { TemplateKind, TemplateLayout } from "./layout";
import { scoringTable } from "./scoring";
import { selfEvaluationLayout } from "./self-evaluation";
import { summaryLayout } from "./summary";
import { targetLayout } from "./target";

export { MAX_ROWS_PER_GROUP, TEMPLATE_KINDS, TEMPLATES, VALIDATION_ERROR_TITLE, type TemplateInfo, type TemplateOptions } from "./catalog";
export type * from "./layout";
export { offsetFormula, offsetLayout } from "./offset";

export function isTemplateKind(kind: string): kind is TemplateKind {
  return Object.hasOwn(TEMPLATES, kind);
}

/**
 * The sheets of a standard template, as plain data for a host to write: one sheet, or for `summary` the scoring
 * table it adds up followed by the summary (its formulas name the scoring sheet).
 */
export function buildTemplate(kind: TemplateKind, options: TemplateOptions = {}): TemplateLayout[] {
  const { rowsPerGroup, profile = defaultProfile, sheetNames = {} } = options;
  if (rowsPerGroup !== undefined && !(Number.isInteger(rowsPerGroup) && rowsPerGroup >= 1 && rowsPerGroup <= MAX_ROWS_PER_GROUP)) {
    throw new RangeError(`rowsPerGroup must be a whole number from 1 to ${MAX_ROWS_PER_GROUP}, not ${rowsPerGroup}`);
  }
  const context = (k: TemplateKind): SheetContext => ({
    title: TEMPLATES[k].title,
    sheetName: sheetNames[k] ?? TEMPLATES[k].title,
    profile,
    rowsPerGroup: TEMPLATES[k].freeRows ? rowsPerGroup : undefined,
  });
  switch (kind) {
    case "self-evaluation":
      return [selfEvaluationLayout(context(kind))];
    case "target":
      return [targetLayout(context(kind))];
    case "comparison":
      return [comparisonLayout(context(kind))];
    case "scoring":
      return [scoringTable(context(kind)).layout];
    case "summary": {
      const scoring = scoringTable(context("scoring"));
      return [scoring.layout, summaryLayout(context(kind), scoring)];
    }
  }
}
