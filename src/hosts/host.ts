import type { WritePlan } from "../core/plan";
import type { Profile } from "../core/profile";
import type { WorkbookSnapshot } from "../core/snapshot";
import type { Language } from "../core/messages";
import type { TemplateKind } from "../core/templates";
import type { FlagRecordState } from "./flag-record";

/** Which sheets a validation reads. */
export type ReadScope = "workbook" | "activeSheet";

/** A cell this tool flagged: what it changed there, so that clearing can put back exactly that and no more. */
export interface FlagRecord {
  sheet: string;
  cell: string;
  /** The fill colour before flagging, or null for no fill. */
  originalFill: string | null;
  /** A patterned fill's pattern (Gray25, Checker…) and pattern colour before flagging; absent for solid or none. */
  originalPattern?: string;
  originalPatternColor?: string;
  /** The flag colour the tool set; absent in the previous version's record. Clearing leaves a fill the user changed. */
  fill?: string;
  /** Whether the note on the cell is the tool's own (added by it, so clearing removes it). */
  noteAdded: boolean;
  /** The digest of the note the tool wrote (see noteDigest): a note the user edited since is kept. */
  noteDigest?: string;
}

export interface CellChange {
  sheet: string;
  cell: string;
  before: unknown;
  after: unknown;
}

export interface HostCapabilities {
  /** Cell notes (ExcelApi 1.18); without them flags are fill colour only. */
  notes: boolean;
  /** One undo step per operation (ExcelApi 1.20). */
  undoGroup: boolean;
}

export interface ReadResult {
  snapshot: WorkbookSnapshot;
  /** Flags left by an earlier run (kept in the workbook, so they survive save and reopen). */
  flags: FlagRecord[];
  /** Whether the record of those flags was found, and could be read. */
  record: FlagRecordState["kind"];
  protectedSheets: string[];
  syncs: number;
}

export interface WriteResult {
  changes: CellChange[];
  flagged: number;
  syncs: number;
}

/** What flagging did, beyond the cells flagged. */
export interface FlagResult extends WriteResult {
  /** The record flagging found and replaced: over a damaged one, the earlier flags' original fills could not be restored. */
  record: FlagRecordState["kind"];
  /** Flagged cells holding a person's threaded comment: filled, with no note (a cell holds one or the other). */
  commented: number;
}

/** What clearing flags did: how many cells it restored, how many it left because the user changed them since. */
export interface ClearResult {
  /** The record as found: none (never flagged, or deleted) and damaged clear nothing. */
  record: FlagRecordState["kind"];
  restored: number;
  /** Cells whose fill or note the user changed after flagging: left as the user made them. */
  keptUserChanges: number;
  syncs: number;
}

/**
 * Why an operation failed, for the pane to word in its language: Office.js's error code (ItemNotFound,
 * InvalidArgument, AccessDenied, GeneralException, InvalidOperationInCellEditMode…), or the host's own:
 * "SheetProtected" (names the sheets), "StalePlan" (cells changed since validation: nothing written). The message is
 * a diagnostic, or Excel's own words where there is no code the pane knows.
 */
export class HostError extends Error {
  constructor(
    readonly code: string | undefined,
    message: string,
    /** The cells the failed batch had queued, since Office may have applied part of it; empty when nothing was written. */
    readonly changedCells: string[] = [],
    /** What the message names: sheets for SheetProtected, cells for StalePlan. */
    readonly subjects: string[] = [],
  ) {
    super(message);
    this.name = "HostError";
  }
}

/** The Office.js error code of an error, if it has one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** A failure while writing: what had been changed before it, for the person to know and for clearing to undo. */
export class HostWriteError extends HostError {
  constructor(message: string, changedCells: string[], code?: string) {
    super(code, message, changedCells);
  }
}

/** Where a template goes: on new sheets, or with its top-left corner at the selected cell of the active sheet. */
export type TemplateTarget = "newSheet" | "selection";

export interface InsertTemplateOptions {
  /** Blank indicator lines per 二级指标 (1–20), for kinds with free rows; default the template's own. */
  rowsPerGroup?: number;
  target: TemplateTarget;
  /** The 口径 the template's 执行率 分值 and grade formulas follow; default the default profile. */
  profile?: Profile;
}

export interface InsertedTemplate {
  /** Each table written, in order: its sheet, its A1 range there, and whether the sheet was added for it. */
  tables: { sheet: string; range: string; newSheet: boolean }[];
  /** The cell selected afterwards: the first one to fill in. */
  selected: { sheet: string; cell: string };
  syncs: number;
}

/** A template refused because cells where it would go hold data; nothing was written. */
export class TemplateTargetNotEmptyError extends Error {
  constructor(
    readonly sheet: string,
    /** The A1 range the template needs. */
    readonly range: string,
    /** The cells in it that hold data, at most the first ten. */
    readonly occupied: string[],
    readonly occupiedCount: number,
  ) {
    // A diagnostic: the pane words the refusal from these fields.
    super(`template needs ${sheet}!${range} empty; ${occupiedCount} cell(s) hold data (${occupied.join(", ")}); nothing written`);
    this.name = "TemplateTargetNotEmptyError";
  }
}

/** Cells the person edited after the pane read them; `sheet` is undefined when the sheet is gone. */
export interface CellEdit {
  sheet: string | undefined;
  address: string;
}

/** The one seam between the task pane and a spreadsheet application. */
export interface WorkbookHost {
  capabilities(): HostCapabilities;
  read(scope: ReadScope): Promise<ReadResult>;
  /** Writes the plan's values (totals); never over a formula. */
  writeValues(plan: WritePlan): Promise<WriteResult>;
  /** Flags the plan's cells, replacing the flags the workbook records; notes in `language`. */
  flag(plan: WritePlan, language: Language): Promise<FlagResult>;
  /** Restores what the tool set on each recorded cell (not what the user changed since) and empties the record. */
  clearFlags(): Promise<ClearResult>;
  select(sheet: string, cell: string): Promise<void>;
  /**
   * Writes a standard table layout (模板): on new sheets with unique names, or at the selection when every cell it
   * needs there is empty (otherwise a TemplateTargetNotEmptyError, with nothing written).
   */
  insertTemplate(kind: TemplateKind, options: InsertTemplateOptions): Promise<InsertedTemplate>;
  /** Calls `listener` when cells are edited other than by this add-in; resolves to the function that stops it. */
  watchChanges(listener: (edit: CellEdit) => void): Promise<() => Promise<void>>;
  /** The 口径 kept in the workbook's settings, if one was chosen. */
  savedProfile(): string | undefined;
  /** Keeps the 口径 in the workbook's settings, so that it travels with the file. */
  saveProfile(name: string): Promise<void>;
  /** Puts back the values a write recorded, in the cells that still hold what it wrote; returns what was put back. */
  restoreValues(changes: CellChange[]): Promise<WriteResult>;
  /**
   * Tells `listener` true while an operation waits for the person to leave cell editing (Excel runs nothing
   * meanwhile), false when it goes on; returns the unsubscribe function. Hosts without cell editing lack it.
   */
  watchCellEdit?(listener: (waiting: boolean) => void): () => void;
}
