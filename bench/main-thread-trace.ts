/**
 * The page's main-thread tasks as Chromium's trace records them, with the processor time each took. On a loaded
 * machine a task's wall time (what the Long Tasks API gives) includes the time the page waited for a processor; its
 * processor time is the work the page itself asked for, which is what a change to the page can make smaller.
 */

/** The trace categories `longestTaskCpuMs` reads: tasks (with their thread time) and events. */
export const TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline"];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { type?: string } };
}

/**
 * The most processor time one main-thread task of the page took from the file's change event on. The task the event
 * is dispatched in counts only the event's own handlers: before them, that task is Playwright decoding the file.
 */
export function longestTaskCpuMs(trace: { traceEvents: TraceEvent[] } | TraceEvent[]): number {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const change = events.find((e) => e.name === "EventDispatch" && e.ph === "X" && e.args?.data?.type === "change");
  if (!change) throw new Error("the trace holds no change event: the file was never chosen");
  let longest = change.tdur ?? 0;
  for (const e of events) {
    if (e.name === "RunTask" && e.ph === "X" && e.pid === change.pid && e.tid === change.tid && e.ts > change.ts) longest = Math.max(longest, e.tdur ?? 0);
  }
  return Math.round(longest / 1000);
}
