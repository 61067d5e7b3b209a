import type { WritePlan } from "../core/plan";
import type { WorkbookSnapshot } from "../core/snapshot";

/** Which sheets a validation reads. */
export type ReadScope = "workbook" | "activeSheet";

/** A cell this tool flagged: what it changed there, so that clearing can put it back. */
export interface FlagRecord {
  sheet: string;
  cell: string;
  /** The fill before flagging: a colour, or null for no fill. */
  originalFill: string | null;
  /** Whether the note on the cell is the tool's own (added by it, so clearing removes it). */
  noteAdded: boolean;
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
  protectedSheets: string[];
  syncs: number;
}

export interface WriteResult {
  changes: CellChange[];
  flagged: number;
  syncs: number;
}

/** A failure while writing: what had been changed before it, for the person to know and for clearing to undo. */
export class HostWriteError extends Error {
  constructor(message: string, readonly changedCells: string[]) {
    super(message);
  }
}

/** The one seam between the task pane and a spreadsheet application. */
export interface WorkbookHost {
  capabilities(): HostCapabilities;
  read(scope: ReadScope): Promise<ReadResult>;
  /** Writes the plan's values (totals); never over a formula. */
  writeValues(plan: WritePlan): Promise<WriteResult>;
  /** Flags the plan's cells, replacing the flags of an earlier run. */
  flag(plan: WritePlan, previous: FlagRecord[]): Promise<WriteResult>;
  /** Restores every flagged cell's fill and removes the tool's own notes. */
  clearFlags(): Promise<WriteResult>;
  select(sheet: string, cell: string): Promise<void>;
}
