import type { SheetGrid } from "../grid";
import type { TextCell } from "../model";
import type { Profile } from "../profile/schema";
import { isWord } from "./headers";
import type { HeaderInfo } from "./header-row";
import { textCell } from "./labels";

export function isTotalRow(grid: SheetGrid, row: number, h: HeaderInfo, profile: Profile): TextCell | undefined {
  for (const c of grid.rowCells(row)) {
    if (c.col < h.left || c.col > h.right) continue;
    const t = grid.compact(c.row, c.col);
    if (t && isWord(t, profile.synonyms.totalLabels, profile)) return textCell(grid, c.row, c.col);
  }
  return undefined;
}

export function isGradeRow(grid: SheetGrid, row: number, h: HeaderInfo, profile: Profile): TextCell | undefined {
  for (const c of grid.rowCells(row)) {
    if (c.col < h.left || c.col > h.right) continue;
    const t = grid.compact(c.row, c.col);
    if (t && isWord(t, profile.synonyms.gradeLabels, profile)) return textCell(grid, c.row, c.col);
  }
  return undefined;
}

/** A 小计 label (compact text): it closes the group above it. */
export function isSubtotalLabel(compact: string, profile: Profile): boolean {
  return profile.synonyms.subtotalLabels.some((w) => compact.endsWith(w));
}
