import { SheetGrid } from "../grid";
import type { Profile } from "../profile/schema";
import type { WorkbookSnapshot } from "../snapshot";
import { findTables, type SheetTables } from "./find-tables";

export type { SheetTables } from "./find-tables";

/** Detects and reads every table of every sheet. */
export function detectWorkbook(snapshot: WorkbookSnapshot, profile: Profile): { grids: SheetGrid[]; sheets: SheetTables[] } {
  const grids = snapshot.sheets.map((s) => new SheetGrid(s));
  return { grids, sheets: grids.map((g) => findTables(g, profile)) };
}
