import type { CheckResult } from "../../core/engine";
import type { CellValue } from "../../core/snapshot";
import type { CellChange, CellEdit, FlagRecord, InsertedTemplate, ReadScope } from "../../hosts/host";

/** What the pane can be busy with; one at a time. */
export type Operation = "validate" | "writeBack" | "flag" | "clear" | "insertTemplate" | "restore";

/** The last validation: the engine's result and what the read told about the workbook. */
export interface Validation {
  scope: ReadScope;
  check: CheckResult;
  /** The flags recorded in the workbook when it was read: what the next flag replaces. */
  flags: FlagRecord[];
  protectedSheets: string[];
}

/** A cell that a failed operation may have changed, with its value before, when the pane knows it. */
export interface ChangedCell {
  /** "Sheet!A1" as the host reports it. */
  address: string;
  before?: CellValue;
}

/** What the pane tells the person about the last operation, as data; the words come from the catalog. */
export type Notice =
  | { kind: "written"; written: number; skipped: number }
  | { kind: "restored"; restored: number; skipped: number }
  /**
   * Flagging: cells flagged; of them, cells left without a note (they hold a person's threaded comment); whether the
   * record it replaced was damaged (the earlier flags' original fills are lost).
   */
  | { kind: "flagged"; count: number; commented: number; damagedRecord: boolean }
  /** Clearing: the record as found (none and damaged restore nothing), cells restored, cells the user changed since. */
  | { kind: "cleared"; record: "none" | "read" | "damaged"; restored: number; kept: number }
  | { kind: "templateInserted"; tables: InsertedTemplate["tables"]; selected: InsertedTemplate["selected"] }
  /** A template refused at the selection because cells in its area hold data (at most the first ten are named). */
  | { kind: "templateRefused"; range: string; occupied: string[]; occupiedCount: number }
  | {
      kind: "failed";
      operation: Operation | "select" | "watch" | "saveProfile";
      message: string;
      /** The host's error code (Office.js's, or StalePlan, SheetProtected), worded from the catalog when known. */
      code?: string;
      /** What the code's message names: cells that changed since validation, protected sheets. */
      subjects?: string[];
      /** Cells the operation may have changed before it failed; empty when nothing was changed. */
      changed: ChangedCell[];
    };

export interface PaneState {
  scope: ReadScope;
  busy: Operation | null;
  /** The sheets being checked, once the workbook is read: a validation's second phase. */
  checking?: number;
  validation: Validation | undefined;
  /** About the latest action only; two when an action succeeded and the re-validation after it failed. */
  notices: Notice[];
  /** The 口径 (a built-in profile's name) the workbook is checked with. */
  profile: string;
  /** Cells edited since the last validation (the first few): the results may be out of date. */
  edits: CellEdit[];
  /** What the last write of values changed, as it recorded it: what 恢复原值 puts back. */
  lastWrite: CellChange[];
  /** Excel waits for the person to leave cell editing before it runs the operation. */
  waitingForCellEdit: boolean;
}

/** How many edited cells the out-of-date notice names. */
export const EDITS_SHOWN = 3;

export type PaneAction =
  | { type: "scope"; scope: ReadScope }
  | { type: "start"; operation: Operation }
  /** The workbook is read; its sheets are being checked. */
  | { type: "checking"; sheets: number }
  | { type: "validated"; validation: Validation; notices: Notice[] }
  | { type: "flagsCleared"; notices: Notice[] }
  | { type: "failed"; notices: Notice[] }
  /** An operation that leaves the validation as it was has ended (a template inserted or refused). */
  | { type: "done"; notices: Notice[] }
  /** A notice outside the busy cycle (selecting a cell never makes the pane busy). */
  | { type: "notify"; notices: Notice[] }
  | { type: "dismiss"; index: number }
  | { type: "profile"; profile: string }
  /** The person edited cells; heard from the workbook at any time. */
  | { type: "edited"; edit: CellEdit }
  /** Values were written (all, or some before a failure): what 恢复原值 would put back. */
  | { type: "wrote"; changes: CellChange[] }
  | { type: "cellEditWait"; waiting: boolean };

export function initialPaneState(profile = "default"): PaneState {
  return { scope: "workbook", busy: null, validation: undefined, notices: [], profile, edits: [], lastWrite: [], waitingForCellEdit: false };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "scope":
      return { ...state, scope: action.scope };
    case "start":
      // A new operation replaces the last one's notices: what is shown is always about the latest action.
      return { ...state, busy: action.operation, checking: undefined, notices: [] };
    case "checking":
      return { ...state, checking: action.sheets };
    case "validated":
      return { ...state, busy: null, checking: undefined, validation: action.validation, notices: action.notices, edits: [] };
    case "flagsCleared":
      return {
        ...state,
        busy: null,
        checking: undefined,
        validation: state.validation && { ...state.validation, flags: [] },
        notices: action.notices,
      };
    case "failed":
    case "done":
      return { ...state, busy: null, checking: undefined, notices: action.notices };
    case "notify":
      return { ...state, notices: action.notices };
    case "dismiss":
      return { ...state, notices: state.notices.filter((_, i) => i !== action.index) };
    case "profile":
      return { ...state, profile: action.profile };
    case "edited":
      // Before any result there is nothing to go stale; while the pane writes, the edits heard are its own.
      if (!state.validation || (state.busy !== null && state.busy !== "validate")) return state;
      if (state.edits.some((e) => e.sheet === action.edit.sheet && e.address === action.edit.address)) return state;
      return { ...state, edits: [...state.edits, action.edit].slice(0, EDITS_SHOWN + 1) };
    case "wrote":
      return { ...state, lastWrite: action.changes };
    case "cellEditWait":
      return { ...state, waitingForCellEdit: action.waiting };
  }
}
