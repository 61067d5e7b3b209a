import type { CheckPhase, CheckReply, CheckRequest, Preliminary, WorkerMessage } from "./protocol";
import { joinResult, type SheetPart } from "./result-parts";

interface Pending {
  request: CheckRequest;
  onPhase: (phase: CheckPhase) => void;
  onPreliminary: (preliminary: Preliminary) => void;
  resolve: (reply: CheckReply) => void;
  /** The sheets of the result received so far. */
  parts: SheetPart[];
}

/** The worker, started with the first file; null where the page cannot start one (opened from file://). */
let worker: Worker | null | undefined;
/** Requests the worker has not answered, by ticket: one file may be asked again (another 口径) before it answers. */
const pending = new Map<number, Pending>();
let nextTicket = 1;

/** On the page itself, when there is no worker: the worker's code, loaded as a chunk of its own. */
async function checkOnPage(request: CheckRequest, onPhase: (phase: CheckPhase) => void, onPreliminary: (preliminary: Preliminary) => void): Promise<CheckReply> {
  const { readAndCheck } = await import(/* webpackChunkName: "check" */ "./read-and-check");
  return readAndCheck(request, onPhase, onPreliminary);
}

function startWorker(): Worker | null {
  // The build names the worker's script (with its content hash) in a meta tag of index.html.
  const url = document.querySelector<HTMLMetaElement>('meta[name="perfcheck-check-worker"]')?.content;
  if (!url || typeof Worker === "undefined") return null;
  let started: Worker;
  try {
    started = new Worker(url);
  } catch {
    // Browsers refuse workers to a page opened from a file: it checks on its own thread, as before workers.
    return null;
  }
  started.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    const id = waiting.request.id;
    switch (message.type) {
      case "phase":
        waiting.onPhase(message);
        return;
      case "preliminary":
        waiting.onPreliminary(message);
        return;
      case "sheet":
        waiting.parts.push(message.part);
        return;
      case "plan":
        pending.delete(message.id);
        waiting.resolve({ id, type: "checked", ...joinResult(waiting.parts, message.plan) });
        return;
      case "failed":
        pending.delete(message.id);
        waiting.resolve({ ...message, id });
    }
  };
  // The script could not load (a partial copy of dist/web): what was sent to it is checked on the page.
  started.onerror = () => {
    started.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const w of waiting) void checkOnPage(w.request, w.onPhase, w.onPreliminary).then(w.resolve);
  };
  return started;
}

/**
 * Reads and checks a file off the page's thread when the browser allows it; the answer never rejects. Before it,
 * `onPreliminary` may be told the result of the workbook's first sheet with findings.
 */
export function checkFile(request: CheckRequest, onPhase: (phase: CheckPhase) => void, onPreliminary: (preliminary: Preliminary) => void = () => undefined): Promise<CheckReply> {
  if (worker === undefined) worker = startWorker();
  const running = worker;
  if (!running) return checkOnPage(request, onPhase, onPreliminary);
  return new Promise((resolve) => {
    const ticket = nextTicket++;
    pending.set(ticket, { request, onPhase, onPreliminary, resolve, parts: [] });
    running.postMessage({ ...request, id: ticket });
  });
}
