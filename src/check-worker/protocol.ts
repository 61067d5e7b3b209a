import type { CheckResult } from "../core/engine";
import type { WritePlan } from "../core/plan";
import type { WorkbookSnapshot } from "../core/snapshot";
import type { SheetPart } from "./result-parts";

/** Where a check is: reading the workbook (a file's check), then checking its sheets. */
export type CheckPhase = { phase: "reading" } | { phase: "checking"; sheets: number };

/** The first sheet with findings, checked alone and shown while the rest are read and checked; `of`: sheets in all, at most. */
export interface Preliminary {
  snapshot: WorkbookSnapshot;
  check: CheckResult;
  of: number;
}

/** The answer to a request: the result or why the workbook cannot be checked (a file's problem, the engine's message). */
export type CheckReply<Problem> = { type: "checked"; snapshot: WorkbookSnapshot; check: CheckResult } | { type: "failed"; problem: Problem };

/**
 * Checks one request where it runs (in the check worker, or on the page's own thread where no worker can start),
 * telling each phase as it starts; never throws. `onPreliminary`, where given, may be told a first part of the result.
 */
export type CheckHere<Request, Problem> = (
  request: Request,
  onPhase: (phase: CheckPhase) => void,
  onPreliminary?: (preliminary: Preliminary) => void,
) => CheckReply<Problem>;

/** What a page asks its check worker, whatever the workbook comes as. */
export interface CheckRequest {
  /** The built-in 口径 to check with, by id. */
  profile: string;
  /** The workbook itself, where the page read it (the pane, through Office.js): the answer leaves the sheets out. */
  snapshot?: WorkbookSnapshot;
}

/** What a page posts to its check worker: a request and the ticket the worker answers it under. */
export interface TicketedRequest<Request> {
  ticket: number;
  request: Request;
}

/**
 * What the worker posts for a ticket, in order: phases (and perhaps a preliminary result), then the checked workbook
 * sheet by sheet and its plan last, or why it cannot be checked.
 */
export type WorkerMessage<Problem> =
  | { ticket: number; type: "phase"; phase: CheckPhase }
  | { ticket: number; type: "preliminary"; preliminary: Preliminary }
  | { ticket: number; type: "sheet"; part: SheetPart }
  | { ticket: number; type: "plan"; plan: WritePlan }
  | { ticket: number; type: "failed"; problem: Problem };
