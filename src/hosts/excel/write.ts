import { flagNote, type Language } from "../../core/messages";
import { CORRECTED_FILL, NOTE_PREFIX, SEVERITY_FILL, type Flag, type WritePlan } from "../../core/plan";
import type { CellValue } from "../../core/snapshot";
import { mergedRecord, noteDigest } from "../flag-record";
import { errorCode, HostError, HostWriteError, type CellChange, type FlagRecord, type HostCapabilities, type WriteResult } from "../host";
import { queueRecord, type StoredRecord } from "./flag-store";
import { queueComments, type SheetComments } from "./threaded-comments";

type Sync = () => Promise<void>;

const key = (sheet: string, cell: string) => `${sheet}!${cell}`;

type SheetProtection = { name: string; protection: Excel.WorksheetProtection };

/** The sheets' protection, queued: checked once synced by assertUnprotected. */
export function queueProtection(context: Excel.RequestContext, sheets: Iterable<string>): SheetProtection[] {
  return [...new Set(sheets)].map((name) => ({ name, protection: context.workbook.worksheets.getItem(name).protection.load("protected") }));
}

export function assertUnprotected(sheets: SheetProtection[]): void {
  const locked = sheets.filter((s) => s.protection.protected).map((s) => s.name);
  if (locked.length > 0) throw new HostError("SheetProtected", `protected sheets, nothing written: ${locked.join(", ")}`, [], locked);
}

/** Whether a cell's value as Excel returns it is the value validation read (an error by its text). */
function sameValue(current: unknown, validated: CellValue): boolean {
  const now = current === "" ? null : current;
  if (validated !== null && typeof validated === "object") return now === validated.error;
  return now === validated;
}

/** Refuses a plan whose target cells no longer hold what validation read (a row inserted, a cell edited). */
function assertFresh(targets: { sheet: string; cell: string; previous?: CellValue; range: Excel.Range }[]): void {
  const stale = targets.filter((t) => t.previous !== undefined && !sameValue(t.range.values[0][0], t.previous)).map((t) => key(t.sheet, t.cell));
  if (stale.length > 0) throw new HostError("StalePlan", `cells changed since the check, nothing written: ${stale.slice(0, 10).join(", ")}`, [], stale);
}

/** Runs the writing sync; a failure says which cells the batch had queued, since Office may have applied part of it. */
export async function writeSync(sync: Sync, queuedCells: string[]): Promise<void> {
  try {
    await sync();
  } catch (e) {
    const code = errorCode(e);
    // Refused before anything applied: the caller retries (UndoNotSupported) or waits for cell editing to end.
    if (code === "UndoNotSupported" || code === "InvalidOperationInCellEditMode") throw e;
    throw new HostWriteError(e instanceof Error ? e.message : String(e), queuedCells, code);
  }
}

/**
 * Writes computed totals in two syncs: the first re-reads the target cells; when any holds something other than
 * what validation read (a row inserted since, a cell edited), nothing is written. A cell that now holds a formula
 * is left alone. The second writes.
 */
export async function writeValues(context: Excel.RequestContext, plan: WritePlan, sync: Sync): Promise<WriteResult> {
  const sheets = queueProtection(context, plan.values.map((v) => v.sheet));
  const targets = plan.values.map((v) => ({ ...v, range: context.workbook.worksheets.getItem(v.sheet).getRange(v.cell).load("formulas,values") }));
  await sync();
  assertUnprotected(sheets);
  assertFresh(targets);
  context.application.suspendScreenUpdatingUntilNextSync();
  const changes: CellChange[] = [];
  for (const v of targets) {
    const formula = v.range.formulas[0][0];
    if (typeof formula === "string" && formula.startsWith("=")) continue;
    // A text that starts with "=" is written as text, never as a formula.
    if (typeof v.value === "string" && v.value.startsWith("=")) v.range.numberFormat = [["@"]];
    v.range.values = [[v.value]];
    changes.push({ sheet: v.sheet, cell: v.cell, before: v.previous, after: v.value });
  }
  await writeSync(sync, changes.map((c) => key(c.sheet, c.cell)));
  return { changes, flagged: 0, syncs: 2 };
}

/** A cell's fill and note, loaded before flagging or clearing. */
export interface CellState {
  sheet: string;
  cell: string;
  fill: Excel.RangeFill;
  note: Excel.Note | undefined;
}

/** Queues the loads of a cell's fill (and note, where notes exist). */
export function queueCellState(context: Excel.RequestContext, sheet: string, cell: string, caps: HostCapabilities): CellState {
  const ws = context.workbook.worksheets.getItem(sheet);
  const fill = ws.getRange(cell).format.fill.load("color,pattern,patternColor");
  const note = caps.notes ? ws.notes.getItemOrNullObject(cell).load("content") : undefined;
  return { sheet, cell, fill, note };
}

const FLAG_FILLS = new Set([...Object.values(SEVERITY_FILL), CORRECTED_FILL].map((c) => c.toUpperCase()));
const solidColor = (fill: Excel.RangeFill) => (fill.pattern === "Solid" ? fill.color.toUpperCase() : null);

/**
 * The cell's format before the tool's first change. A cell the record lists keeps what was recorded; a cell the
 * record misses but that carries a flag colour (its record lost) is taken as unfilled, never as "originally flagged".
 */
function originalFormat(fill: Excel.RangeFill, recorded: FlagRecord | undefined): Pick<FlagRecord, "originalFill" | "originalPattern" | "originalPatternColor"> {
  if (recorded) return { originalFill: recorded.originalFill, originalPattern: recorded.originalPattern, originalPatternColor: recorded.originalPatternColor };
  if (fill.pattern === "None" || FLAG_FILLS.has(solidColor(fill) ?? "")) return { originalFill: null };
  if (fill.pattern === "Solid") return { originalFill: fill.color };
  return { originalFill: fill.color, originalPattern: fill.pattern, originalPatternColor: fill.patternColor };
}

/** Whether the note is still the one the tool wrote (the previous version recorded no digest: its prefix tells). */
function isToolNote(note: Excel.Note | undefined, recorded: FlagRecord | undefined): boolean {
  if (!note || note.isNullObject) return false;
  if (recorded?.noteDigest !== undefined) return recorded.noteAdded && noteDigest(note.content) === recorded.noteDigest;
  return (recorded === undefined || recorded.noteAdded) && note.content.startsWith(NOTE_PREFIX);
}

/** What clearing one recorded cell does: the fill back where the flag colour is still there, the note off where unedited. */
export interface RestoreStep {
  record: FlagRecord;
  restoreFill: boolean;
  deleteNote: boolean;
  /** The user changed the fill or the note since: that change stays. */
  keptUserChange: boolean;
}

export function restoreStep(record: FlagRecord, state: CellState): RestoreStep {
  const restoreFill = record.fill === undefined || solidColor(state.fill) === record.fill.toUpperCase();
  const hasNote = state.note !== undefined && !state.note.isNullObject;
  const deleteNote = record.noteAdded && isToolNote(state.note, record);
  return { record, restoreFill, deleteNote, keptUserChange: !restoreFill || (record.noteAdded && hasNote && !deleteNote) };
}

function queueRestore(context: Excel.RequestContext, step: RestoreStep): void {
  const { record } = step;
  const ws = context.workbook.worksheets.getItem(record.sheet);
  if (step.restoreFill) {
    const fill = ws.getRange(record.cell).format.fill;
    if (record.originalFill === null) fill.clear();
    else {
      fill.color = record.originalFill;
      if (record.originalPattern) fill.pattern = record.originalPattern as Excel.FillPattern;
      if (record.originalPatternColor) fill.patternColor = record.originalPatternColor;
    }
  }
  if (step.deleteNote) ws.notes.getItem(record.cell).delete();
}

/** What flagging learns before writing: the targets' values, fills and notes, the sheets' protection and comments. */
export interface FlagProbe {
  targets: (Flag & { range: Excel.Range; state: CellState })[];
  sheets: SheetProtection[];
  /** The flagged sheets' threaded comments, where notes exist (comments are older: ExcelApi 1.10). */
  comments: SheetComments[];
}

export function queueFlagProbe(context: Excel.RequestContext, plan: WritePlan, caps: HostCapabilities): FlagProbe {
  const targets = plan.flags.map((flag) => ({
    ...flag,
    range: context.workbook.worksheets.getItem(flag.sheet).getRange(flag.cell).load("values"),
    state: queueCellState(context, flag.sheet, flag.cell, caps),
  }));
  const sheets = plan.flags.map((f) => f.sheet);
  return { targets, sheets: queueProtection(context, sheets), comments: caps.notes ? queueComments(context, sheets) : [] };
}

/** Refuses before anything is written: a protected sheet, or a target that changed since validation. */
export function checkFlagProbe(probe: FlagProbe): void {
  assertUnprotected(probe.sheets);
  assertFresh(probe.targets);
}

/**
 * The flags as they will be written and recorded, in `language`, from the probe and the record read before. A cell
 * holding a threaded comment (`commented`, "Sheet!A1") gets no note: Excel would refuse it and fail the batch.
 */
export interface FlagWrites {
  cells: { flag: Flag; text: string; note: "add" | "replace" | "none" }[];
  records: FlagRecord[];
  released: RestoreStep[];
  /** Flagged cells left without a note because they hold a person's threaded comment. */
  commented: number;
}

export function planFlagWrites(probe: FlagProbe, previous: FlagRecord[], released: CellState[], commented: Set<string>, language: Language): FlagWrites {
  const before = new Map(previous.map((f) => [key(f.sheet, f.cell), f]));
  const cells: FlagWrites["cells"] = [];
  const records = probe.targets.map((t) => {
    const recorded = before.get(key(t.sheet, t.cell));
    const note = t.state.note;
    const text = flagNote(t, language);
    const mode = note === undefined || commented.has(key(t.sheet, t.cell)) ? "none" : note.isNullObject ? "add" : isToolNote(note, recorded) ? "replace" : "none";
    cells.push({ flag: t, text, note: mode });
    return {
      sheet: t.sheet,
      cell: t.cell,
      ...originalFormat(t.state.fill, recorded),
      fill: t.fill,
      noteAdded: mode !== "none",
      ...(mode !== "none" ? { noteDigest: noteDigest(text) } : {}),
    };
  });
  return {
    cells,
    records,
    released: released.map((state) => restoreStep(before.get(key(state.sheet, state.cell)) as FlagRecord, state)),
    commented: probe.targets.filter((t) => commented.has(key(t.sheet, t.cell))).length,
  };
}

/**
 * Flags in one writing sync. In the batch, in this order: the record of the old and the new flags together (a
 * failure further on leaves every changed cell recorded), the old flags not flagged again restored, the new fills
 * and notes, and the record of the new flags alone.
 */
export async function writeFlags(context: Excel.RequestContext, writes: FlagWrites, stored: StoredRecord, partId: string, previous: FlagRecord[], sync: Sync): Promise<void> {
  context.application.suspendScreenUpdatingUntilNextSync();
  queueRecord(context, stored, partId, mergedRecord(previous, writes.records, true));
  for (const step of writes.released) queueRestore(context, step);
  for (const { flag, text, note } of writes.cells) {
    const ws = context.workbook.worksheets.getItem(flag.sheet);
    // A solid fill in the flag colour, whatever pattern the cell had: the record keeps that pattern.
    const fill = ws.getRange(flag.cell).format.fill;
    fill.clear();
    fill.color = flag.fill;
    if (note === "add") ws.notes.add(flag.cell, text);
    else if (note === "replace") ws.notes.getItem(flag.cell).content = text;
  }
  queueRecord(context, { ...stored, legacy: false, partIds: [partId] }, partId, mergedRecord(previous, writes.records, false));
  await writeSync(sync, writes.cells.map((c) => key(c.flag.sheet, c.flag.cell)));
}

/** Restores what the steps say and empties the record: one sync. */
export async function writeClear(context: Excel.RequestContext, steps: RestoreStep[], stored: StoredRecord, sync: Sync): Promise<void> {
  context.application.suspendScreenUpdatingUntilNextSync();
  for (const step of steps) queueRestore(context, step);
  queueRecord(context, stored, stored.partIds[0], []);
  await writeSync(sync, steps.map((s) => key(s.record.sheet, s.record.cell)));
}
