import type { CheckResult } from "../../core/engine";
import type { WorkbookSnapshot } from "../../core/snapshot";

/** The page asks the check worker to read and check one file (the bytes are a copy: the page keeps its own). */
export interface CheckRequest {
  id: number;
  name: string;
  data: Uint8Array;
  /** The built-in 口径 to check with, by id. */
  profile: string;
}

/** Where a file is: unzipping and reading its sheets, then checking them. */
export type CheckPhase = { phase: "reading" } | { phase: "checking"; sheets: number };

/** What the worker answers, in order: phases, then the result or the reason the file cannot be read. */
export type CheckReply =
  | ({ id: number; type: "phase" } & CheckPhase)
  | { id: number; type: "checked"; snapshot: WorkbookSnapshot; check: CheckResult }
  | { id: number; type: "failed"; reason: string };
