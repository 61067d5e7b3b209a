import type { CheckHere, CheckRequest } from "../../check-worker/protocol";
import { checkWorkbook } from "../../core/engine";
import { builtInProfiles, defaultProfile } from "../../core/profile/built-in";
import type { WorkbookSnapshot } from "../../core/snapshot";

/** The pane asks for what it read from Excel to be checked. */
export interface SnapshotCheckRequest extends CheckRequest {
  snapshot: WorkbookSnapshot;
}

/** Detects, parses, checks and plans a workbook the pane read; a failure is a reply, its problem the engine's message. */
export const checkSnapshot: CheckHere<SnapshotCheckRequest, string> = ({ snapshot, profile }, onPhase) => {
  try {
    onPhase({ phase: "checking", sheets: snapshot.sheets.length });
    return { type: "checked", snapshot, check: checkWorkbook(snapshot, builtInProfiles[profile] ?? defaultProfile) };
  } catch (error) {
    return { type: "failed", problem: error instanceof Error ? error.message : String(error) };
  }
};
