import type { CheckResult } from "../../core/engine";
import type { WorkbookSnapshot } from "../../core/snapshot";
import type { CheckPhase } from "../../check-worker/protocol";
import type { FileProblem } from "../../hosts/xlsx/file-error";

/** A file the person gave the page, as it goes from reading to checked (or unreadable). */
export type WebFile =
  | { id: number; name: string; status: "reading"; progress?: CheckPhase }
  | {
      id: number;
      name: string;
      status: "checked";
      /** The file's bytes, kept to patch the annotated copy from. */
      data: Uint8Array;
      snapshot: WorkbookSnapshot;
      check: CheckResult;
      /** Only the first sheet with findings is checked yet, of this many: the rest are being read and checked. */
      checkingRest?: number;
    }
  | { id: number; name: string; status: "failed"; problem: FileProblem };

export type CheckedFile = Extract<WebFile, { status: "checked" }>;

export interface FilesState {
  files: WebFile[];
  /** The file shown; the first of the latest batch until the person picks another. */
  selected: number | undefined;
}

export type FilesAction =
  | { type: "add"; files: { id: number; name: string }[] }
  | { type: "progress"; id: number; progress: CheckPhase }
  | { type: "checked"; file: CheckedFile }
  /** Checked again, with another 口径. */
  | { type: "rechecked"; id: number; check: CheckResult }
  | { type: "failed"; id: number; problem: FileProblem }
  | { type: "select"; id: number }
  | { type: "remove"; id: number };

export const initialFilesState: FilesState = { files: [], selected: undefined };

function replace(state: FilesState, file: WebFile): FilesState {
  // A file removed while it was being read stays removed.
  return { ...state, files: state.files.map((f) => (f.id === file.id ? file : f)) };
}

export function filesReducer(state: FilesState, action: FilesAction): FilesState {
  switch (action.type) {
    case "add":
      if (action.files.length === 0) return state;
      return {
        files: [...state.files, ...action.files.map((f) => ({ ...f, status: "reading" as const }))],
        selected: action.files[0].id,
      };
    case "progress": {
      const file = state.files.find((f) => f.id === action.id);
      return file?.status === "reading" ? replace(state, { ...file, progress: action.progress }) : state;
    }
    case "checked":
      return replace(state, action.file);
    case "rechecked": {
      const file = state.files.find((f) => f.id === action.id);
      return file?.status === "checked" ? replace(state, { ...file, check: action.check }) : state;
    }
    case "failed": {
      const file = state.files.find((f) => f.id === action.id);
      return file ? replace(state, { id: file.id, name: file.name, status: "failed", problem: action.problem }) : state;
    }
    case "select":
      return state.files.some((f) => f.id === action.id) ? { ...state, selected: action.id } : state;
    case "remove": {
      const index = state.files.findIndex((f) => f.id === action.id);
      if (index < 0) return state;
      const files = state.files.filter((f) => f.id !== action.id);
      // Removing the file shown shows its neighbour.
      const selected = state.selected === action.id ? files[Math.min(index, files.length - 1)]?.id : state.selected;
      return { files, selected };
    }
  }
}
