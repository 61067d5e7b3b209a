import { parseAddress } from "../core/snapshot";
import { buildTemplate, type TemplateKind, type TemplateLayout } from "../core/templates";
import type { StringKey } from "./strings";

/** What a template holds, for the pane to describe before inserting it. */
export interface TemplatePreview {
  /** The sheets written, the kind's own table last (a 结论一览表 comes with its 评分表). */
  sheets: string[];
  /** The kind's own table: its size, and its header labels in reading order, each once. */
  rows: number;
  cols: number;
  headers: string[];
  /** Cells to fill in, over all sheets. */
  inputs: number;
  features: StringKey[];
}

/** Rows and columns of a template, which starts at A1. */
function size(layout: TemplateLayout): { rows: number; cols: number } {
  const end = parseAddress(layout.ref.split(":")[1] ?? layout.ref);
  return { rows: (end?.row ?? 0) + 1, cols: (end?.col ?? 0) + 1 };
}

export function templatePreview(kind: TemplateKind, rowsPerGroup?: number): TemplatePreview {
  const layouts = buildTemplate(kind, { rowsPerGroup });
  const own = layouts.find((l) => l.kind === kind) ?? layouts[layouts.length - 1];
  // Header cells are the filled ones: the templates fill nothing else.
  const headers = [...new Set(own.cells.filter((c) => c.style.fill && typeof c.value === "string").map((c) => String(c.value)))];
  const all = <T>(pick: (l: TemplateLayout) => T[]) => layouts.flatMap(pick);
  const features: StringKey[] = [];
  if (all((l) => l.validations).some((v) => v.type === "list")) features.push("templateFeatureLists");
  if (all((l) => l.validations).some((v) => v.type === "decimal")) features.push("templateFeatureLimits");
  if (all((l) => l.conditionalFormats).length > 0) features.push("templateFeatureHighlights");
  return {
    sheets: layouts.map((l) => l.sheetName),
    ...size(own),
    headers,
    inputs: all((l) => l.cells).filter((c) => c.input !== undefined).length,
    features,
  };
}
