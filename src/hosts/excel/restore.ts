import type { CellChange, WriteResult } from "../host";
import { writeSync } from "./write";

type Sync = () => Promise<void>;

/** The value to write back: an empty cell is written as "" (Office.js leaves a cell alone for null). */
const writable = (value: unknown) => (value === null || value === undefined ? "" : value);

/**
 * Puts back the values a write recorded, in two syncs: the first reads the cells, and only a cell that still holds the
 * value written (and no formula) gets its old value back, so an edit made since is kept.
 */
export async function restoreValues(context: Excel.RequestContext, changes: CellChange[], sync: Sync): Promise<WriteResult> {
  const targets = changes.map((change) => {
    const range = context.workbook.worksheets.getItem(change.sheet).getRange(change.cell);
    range.load("formulas,values");
    return { change, range };
  });
  await sync();
  context.application.suspendScreenUpdatingUntilNextSync();
  const restored: CellChange[] = [];
  for (const { change, range } of targets) {
    const formula = range.formulas[0][0];
    if (typeof formula === "string" && formula.startsWith("=")) continue;
    if (range.values[0][0] !== change.after) continue;
    range.values = [[writable(change.before)]];
    restored.push({ sheet: change.sheet, cell: change.cell, before: change.after, after: change.before });
  }
  await writeSync(sync, restored.map((c) => `${c.sheet}!${c.cell}`));
  return { changes: restored, flagged: 0, syncs: 2 };
}
