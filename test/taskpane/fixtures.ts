import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { SELF_EVALUATION_MERGES, selfEvaluationRows, sheetFromRows } from "../helpers/grid";

/**
 * A 自评表 with one finding of each severity family: a wrong typed 总分 (error, written back as 99), a missed target
 * with full marks and no reason (two warnings), a placeholder target (info); plus a sheet of notes and an empty sheet.
 */
export function workbookWithProblems(): WorkbookSnapshot {
  const rows = selfEvaluationRows();
  rows[18][7] = 90;
  rows[11][5] = "30栋";
  rows[15][4] = "优良中差";
  rows[15][5] = "优";
  return {
    sheets: [
      sheetFromRows("自评表", rows, SELF_EVALUATION_MERGES),
      sheetFromRows("说明", [["填表说明"], ["请按要求填写"]]),
      { name: "空表", cells: [], merges: [] },
    ],
  };
}

/** Only sheets without a table. */
export function workbookWithoutTables(): WorkbookSnapshot {
  return { sheets: [sheetFromRows("说明", [["填表说明"], ["请按要求填写"]]), { name: "空表", cells: [], merges: [] }] };
}
