import type { CheckPhase, CheckReply, CheckRequest, Preliminary, TicketedRequest, WorkerMessage } from "./protocol";
import { joinResult, type SheetPart } from "./result-parts";

/** Checks a request off the page's thread when the browser allows it; a workbook that cannot be checked is a reply. */
export type CheckOffThread<Request, Problem> = (
  request: Request,
  onPhase: (phase: CheckPhase) => void,
  onPreliminary?: (preliminary: Preliminary) => void,
) => Promise<CheckReply<Problem>>;

/** The same check on the page's own thread, its code loaded only when needed (a chunk of its own). */
export type CheckOnPage<Request, Problem> = (
  request: Request,
  onPhase: (phase: CheckPhase) => void,
  onPreliminary: (preliminary: Preliminary) => void,
) => Promise<CheckReply<Problem>>;

interface Pending<Request, Problem> {
  request: Request;
  onPhase: (phase: CheckPhase) => void;
  onPreliminary: (preliminary: Preliminary) => void;
  resolve: (reply: CheckReply<Problem>) => void;
  /** The sheets of the result received so far. */
  parts: SheetPart[];
}

/**
 * A page's way to its check worker, whose script the build names (with its content hash) in a meta tag of the
 * page. The worker starts with the first request; where none can start (no meta tag, a page opened from file://) or
 * its script fails to load, `onPage` checks on the page's own thread with the same result.
 */
export function checkClient<Request extends CheckRequest, Problem>(onPage: CheckOnPage<Request, Problem>): CheckOffThread<Request, Problem> {
  let worker: Worker | null | undefined;
  /** Requests the worker has not answered, by ticket: a workbook may be asked again (another 口径) before it answers. */
  const pending = new Map<number, Pending<Request, Problem>>();
  let nextTicket = 1;

  function startWorker(): Worker | null {
    const url = document.querySelector<HTMLMetaElement>('meta[name="perfcheck-check-worker"]')?.content;
    if (!url || typeof Worker === "undefined") return null;
    let started: Worker;
    try {
      started = new Worker(url);
    } catch {
      // Browsers refuse workers to a page opened from a file: it checks on its own thread, as before workers.
      return null;
    }
    started.onmessage = (event: MessageEvent<WorkerMessage<Problem>>) => {
      const message = event.data;
      const waiting = pending.get(message.ticket);
      if (!waiting) return;
      switch (message.type) {
        case "phase":
          waiting.onPhase(message.phase);
          return;
        case "preliminary":
          waiting.onPreliminary(message.preliminary);
          return;
        case "sheet":
          waiting.parts.push(message.part);
          return;
        case "plan":
          pending.delete(message.ticket);
          waiting.resolve({ type: "checked", ...joinResult(waiting.parts, message.plan, waiting.request.snapshot) });
          return;
        case "failed":
          pending.delete(message.ticket);
          waiting.resolve({ type: "failed", problem: message.problem });
      }
    };
    // The script could not load (a partial copy of the build) or broke: what was sent to it is checked on the page.
    started.onerror = () => {
      started.terminate();
      worker = null;
      const waiting = [...pending.values()];
      pending.clear();
      for (const w of waiting) void onPage(w.request, w.onPhase, w.onPreliminary).then(w.resolve);
    };
    return started;
  }

  return (request, onPhase, onPreliminary = () => undefined) => {
    if (worker === undefined) worker = startWorker();
    const running = worker;
    if (!running) return onPage(request, onPhase, onPreliminary);
    return new Promise((resolve) => {
      const ticket = nextTicket++;
      pending.set(ticket, { request, onPhase, onPreliminary, resolve, parts: [] });
      const message: TicketedRequest<Request> = { ticket, request };
      running.postMessage(message);
    });
  };
}
