import type { FlagRecord } from "../host";

/** The very hidden sheet where the flags this tool set are recorded, so clearing works after save and reopen. */
export const FLAG_SHEET = "__perfcheck_flags";
const HEADER = ["sheet", "cell", "originalFill", "noteAdded"];

export function recordRows(flags: FlagRecord[]): (string | number)[][] {
  return [HEADER, ...flags.map((f) => [f.sheet, f.cell, f.originalFill ?? "", f.noteAdded ? 1 : 0])];
}

export function parseRecord(values: unknown[][] | undefined): FlagRecord[] {
  if (!values || values.length < 2 || values[0][0] !== HEADER[0]) return [];
  return values.slice(1).filter((r) => r[0] && r[1]).map((r) => ({
    sheet: String(r[0]),
    cell: String(r[1]),
    originalFill: r[2] ? String(r[2]) : null,
    noteAdded: Number(r[3]) === 1,
  }));
}

/** Queues the replacement of the record; creates the very hidden sheet when it does not exist yet. */
export function queueRecord(context: Excel.RequestContext, sheetExists: boolean, flags: FlagRecord[]): void {
  const sheet = sheetExists ? context.workbook.worksheets.getItem(FLAG_SHEET) : context.workbook.worksheets.add(FLAG_SHEET);
  if (!sheetExists) sheet.visibility = Excel.SheetVisibility.veryHidden;
  sheet.getRange().clear();
  const rows = recordRows(flags);
  sheet.getRangeByIndexes(0, 0, rows.length, HEADER.length).values = rows;
}

/** Reads the record in two syncs: the sheet list, then the record's cells. */
export async function readFlagRecord(context: Excel.RequestContext, sync: () => Promise<void>): Promise<FlagRecord[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await sync();
  if (!worksheets.items.some((w) => w.name === FLAG_SHEET)) return [];
  const used = worksheets.getItem(FLAG_SHEET).getUsedRangeOrNullObject(true);
  used.load("values");
  await sync();
  return used.isNullObject ? [] : parseRecord(used.values);
}
