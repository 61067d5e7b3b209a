import { NOTE_PREFIX, type Flag, type WritePlan } from "../../core/plan";
import { HostWriteError, type CellChange, type FlagRecord, type HostCapabilities, type WriteResult } from "../host";
import { FLAG_SHEET, queueRecord } from "./flag-store";

type Sync = () => Promise<void>;

function refuseProtected(context: Excel.RequestContext, sheets: string[]): Excel.Worksheet[] {
  return sheets.map((name) => {
    const ws = context.workbook.worksheets.getItem(name);
    ws.protection.load("protected");
    return ws;
  });
}

function assertUnprotected(sheets: Excel.Worksheet[]): void {
  const locked = sheets.filter((ws) => ws.protection.protected).map((ws) => ws.name);
  if (locked.length > 0) throw new HostWriteError(`工作表受保护，未做任何修改：${locked.join("、")}`, []);
}

/** Runs the writing sync; a failure says which cells the batch had queued, since Office may have applied part of it. */
async function writeSync(sync: Sync, queuedCells: string[]): Promise<void> {
  try {
    await sync();
  } catch (e) {
    throw new HostWriteError(`写入失败：${e instanceof Error ? e.message : String(e)}`, queuedCells);
  }
}

/**
 * Writes computed totals in two syncs: the first re-reads the target cells (a cell that now holds a formula, or a
 * value other than the one validated, is left alone), the second writes.
 */
export async function writeValues(context: Excel.RequestContext, plan: WritePlan, sync: Sync): Promise<WriteResult> {
  const sheets = refuseProtected(context, [...new Set(plan.values.map((v) => v.sheet))]);
  const targets = plan.values.map((v) => {
    const range = context.workbook.worksheets.getItem(v.sheet).getRange(v.cell);
    range.load("formulas,values");
    return { v, range };
  });
  await sync();
  assertUnprotected(sheets);
  context.application.suspendScreenUpdatingUntilNextSync();
  const changes: CellChange[] = [];
  for (const { v, range } of targets) {
    const formula = range.formulas[0][0];
    const current = range.values[0][0];
    if (typeof formula === "string" && formula.startsWith("=")) continue;
    if ((current === "" ? null : current) !== v.previous) continue;
    // A text that starts with "=" is written as text, never as a formula.
    if (typeof v.value === "string" && v.value.startsWith("=")) range.numberFormat = [["@"]];
    range.values = [[v.value]];
    changes.push({ sheet: v.sheet, cell: v.cell, before: v.previous, after: v.value });
  }
  await writeSync(sync, changes.map((c) => `${c.sheet}!${c.cell}`));
  return { changes, flagged: 0, syncs: 2 };
}

const key = (sheet: string, cell: string) => `${sheet}!${cell}`;

/**
 * Flags the plan's cells in two syncs, replacing an earlier run's flags: the first reads the fills and notes involved,
 * the second writes the record (first, so that a failure later in the batch can still be cleared), restores cells no
 * longer flagged, and fills and annotates the new ones.
 */
export async function flagCells(context: Excel.RequestContext, plan: WritePlan, previous: FlagRecord[], caps: HostCapabilities, sync: Sync): Promise<WriteResult> {
  const flags = plan.flags;
  const before = new Map(previous.map((f) => [key(f.sheet, f.cell), f]));
  const sheets = refuseProtected(context, [...new Set([...flags.map((f) => f.sheet), ...previous.map((f) => f.sheet)])]);
  const recordSheet = context.workbook.worksheets.getItemOrNullObject(FLAG_SHEET);
  recordSheet.load("name");
  const noteOf = (sheet: string, cell: string) => {
    const note = context.workbook.worksheets.getItem(sheet).notes.getItemOrNullObject(cell);
    note.load("content");
    return note;
  };
  const targets = flags.map((flag) => {
    const range = context.workbook.worksheets.getItem(flag.sheet).getRange(flag.cell);
    range.format.fill.load("color,pattern");
    return { flag, range, note: caps.notes ? noteOf(flag.sheet, flag.cell) : undefined };
  });
  const wanted = new Set(flags.map((f) => key(f.sheet, f.cell)));
  const released = previous.filter((f) => !wanted.has(key(f.sheet, f.cell))).map((record) => ({
    record,
    note: caps.notes && record.noteAdded ? noteOf(record.sheet, record.cell) : undefined,
  }));
  await sync();
  assertUnprotected(sheets);

  const records: FlagRecord[] = targets.map(({ flag, range, note }) => {
    const earlier = before.get(key(flag.sheet, flag.cell));
    const fill = range.format.fill;
    const originalFill = earlier ? earlier.originalFill : fill.pattern === Excel.FillPattern.none ? null : fill.color;
    const ours = note !== undefined && !note.isNullObject && note.content.startsWith(NOTE_PREFIX);
    const noteAdded = note !== undefined && (note.isNullObject || ours);
    return { sheet: flag.sheet, cell: flag.cell, originalFill, noteAdded };
  });
  context.application.suspendScreenUpdatingUntilNextSync();
  queueRecord(context, !recordSheet.isNullObject, records);
  for (const { record, note } of released) restore(context, record, note);
  targets.forEach(({ flag, range, note }, i) => {
    range.format.fill.color = flag.fill;
    if (note && records[i].noteAdded) writeNote(context, flag, note);
  });
  await writeSync(sync, flags.map((f) => key(f.sheet, f.cell)));
  return { changes: [], flagged: flags.length, syncs: 2 };
}

function writeNote(context: Excel.RequestContext, flag: Flag, note: Excel.Note): void {
  if (note.isNullObject) context.workbook.worksheets.getItem(flag.sheet).notes.add(flag.cell, flag.note);
  else note.content = flag.note;
}

function restore(context: Excel.RequestContext, record: FlagRecord, note: Excel.Note | undefined): void {
  const fill = context.workbook.worksheets.getItem(record.sheet).getRange(record.cell).format.fill;
  if (record.originalFill === null) fill.clear();
  else fill.color = record.originalFill;
  // Only a note that still carries the tool's prefix is removed: a user who rewrote it keeps it.
  if (note && !note.isNullObject && note.content.startsWith(NOTE_PREFIX)) note.delete();
}

/** Restores every recorded cell and empties the record: two syncs once the record is known. */
export async function clearFlagCells(context: Excel.RequestContext, previous: FlagRecord[], caps: HostCapabilities, sync: Sync): Promise<WriteResult> {
  const sheets = refuseProtected(context, [...new Set(previous.map((f) => f.sheet))]);
  const recordSheet = context.workbook.worksheets.getItemOrNullObject(FLAG_SHEET);
  recordSheet.load("name");
  const notes = previous.map((record) => {
    if (!caps.notes || !record.noteAdded) return undefined;
    const note = context.workbook.worksheets.getItem(record.sheet).notes.getItemOrNullObject(record.cell);
    note.load("content");
    return note;
  });
  await sync();
  assertUnprotected(sheets);
  context.application.suspendScreenUpdatingUntilNextSync();
  previous.forEach((record, i) => restore(context, record, notes[i]));
  if (!recordSheet.isNullObject) queueRecord(context, true, []);
  await writeSync(sync, previous.map((f) => key(f.sheet, f.cell)));
  return { changes: [], flagged: 0, syncs: 2 };
}
