import type { CheckResult } from "../../core/engine";
import type { CellValue } from "../../core/snapshot";
import type { FlagRecord, InsertedTemplate, ReadScope } from "../../hosts/host";

/** What the pane can be busy with; one at a time. */
export type Operation = "validate" | "writeBack" | "flag" | "clear" | "insertTemplate";

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
  | { kind: "flagged"; count: number }
  /** Clearing: the record as found (none and damaged restore nothing), cells restored, cells the user changed since. */
  | { kind: "cleared"; record: "none" | "read" | "damaged"; restored: number; kept: number }
  | { kind: "templateInserted"; tables: InsertedTemplate["tables"]; selected: InsertedTemplate["selected"] }
  /** A template refused at the selection because cells in its area hold data (at most the first ten are named). */
  | { kind: "templateRefused"; range: string; occupied: string[]; occupiedCount: number }
  | {
      kind: "failed";
      operation: Operation | "select";
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
  validation: Validation | undefined;
  /** About the latest action only; two when an action succeeded and the re-validation after it failed. */
  notices: Notice[];
  /** Excel waits for the person to leave cell editing before it runs the operation. */
  waitingForCellEdit: boolean;
}

export type PaneAction =
  | { type: "scope"; scope: ReadScope }
  | { type: "start"; operation: Operation }
  | { type: "validated"; validation: Validation; notices: Notice[] }
  | { type: "flagsCleared"; notices: Notice[] }
  | { type: "failed"; notices: Notice[] }
  /** An operation that leaves the validation as it was has ended (a template inserted or refused). */
  | { type: "done"; notices: Notice[] }
  /** A notice outside the busy cycle (selecting a cell never makes the pane busy). */
  | { type: "notify"; notices: Notice[] }
  | { type: "dismiss"; index: number }
  | { type: "cellEditWait"; waiting: boolean };

export const initialPaneState: PaneState = { scope: "workbook", busy: null, validation: undefined, notices: [], waitingForCellEdit: false };

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "scope":
      return { ...state, scope: action.scope };
    case "start":
      // A new operation replaces the last one's notices: what is shown is always about the latest action.
      return { ...state, busy: action.operation, notices: [] };
    case "validated":
      return { ...state, busy: null, validation: action.validation, notices: action.notices };
    case "flagsCleared":
      return {
        ...state,
        busy: null,
        validation: state.validation && { ...state.validation, flags: [] },
        notices: action.notices,
      };
    case "failed":
    case "done":
      return { ...state, busy: null, notices: action.notices };
    case "notify":
      return { ...state, notices: action.notices };
    case "dismiss":
      return { ...state, notices: state.notices.filter((_, i) => i !== action.index) };
    case "cellEditWait":
      return { ...state, waitingForCellEdit: action.waiting };
  }
}
