import type { CheckResult } from "../../core/engine";
import type { WritePlan } from "../../core/plan";
import type { WorkbookSnapshot } from "../../core/snapshot";
import type { FileProblem } from "../../hosts/xlsx/file-error";
import type { SheetPart } from "./result-parts";

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

/** The first sheet with findings, checked alone and shown while the rest are read and checked; `of`: sheets in all, at most. */
export interface Preliminary {
  snapshot: WorkbookSnapshot;
  check: CheckResult;
  of: number;
}

/** The answer to a request: the result or why the file cannot be read (worded by the page, in its language). */
export type CheckReply =
  | { id: number; type: "checked"; snapshot: WorkbookSnapshot; check: CheckResult }
  | { id: number; type: "failed"; problem: FileProblem };

/**
 * What the worker posts, in order: phases (and, for a workbook of several sheets, its first sheet with findings checked
 * alone), then the checked file sheet by sheet and its plan last, or why it cannot be read.
 */
export type WorkerMessage =
  | ({ id: number; type: "phase" } & CheckPhase)
  | ({ id: number; type: "preliminary" } & Preliminary)
  | { id: number; type: "sheet"; part: SheetPart }
  | { id: number; type: "plan"; plan: WritePlan }
  | { id: number; type: "failed"; problem: FileProblem };
