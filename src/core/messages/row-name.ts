import type { RowName } from "../rules/execution-table";
import type { Language } from "./index";

/** The row's label, or its number when it has none: `第 5 行`, `row 5`. */
export const ROW_NAMES: Record<Language, (p: RowName) => string> = {
  "zh-CN": (p) => p.name || `第 ${p.row} 行`,
  "en-US": (p) => p.name || `row ${p.row}`,
};
