/// <reference lib="webworker" />
import type { CheckHere, CheckRequest, TicketedRequest, WorkerMessage } from "./protocol";
import { splitResult } from "./result-parts";

/**
 * The worker's side: each request checked by `check`, its phases posted as they start, then the result sheet by
 * sheet and its plan last (the page takes each message in a task of its own), or the reason it failed. The sheets'
 * cells go back only to a page that did not send them.
 */
export function answerChecks<Request extends CheckRequest, Problem>(
  check: CheckHere<Request, Problem>,
  post: (message: WorkerMessage<Problem>) => void,
): (message: TicketedRequest<Request>) => void {
  return ({ ticket, request }) => {
    const reply = check(
      request,
      (phase) => post({ ticket, type: "phase", phase }),
      (preliminary) => post({ ticket, type: "preliminary", preliminary }),
    );
    if (reply.type === "failed") {
      post({ ticket, ...reply });
      return;
    }
    for (const part of splitResult(reply.snapshot, reply.check, request.snapshot === undefined)) post({ ticket, type: "sheet", part });
    post({ ticket, type: "plan", plan: reply.check.plan });
  };
}

/** Makes the running worker script a check worker answering with `check`. */
export function serveChecks<Request extends CheckRequest, Problem>(check: CheckHere<Request, Problem>): void {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  const answer = answerChecks(check, (message) => scope.postMessage(message));
  scope.onmessage = (event: MessageEvent<TicketedRequest<Request>>) => answer(event.data);
}
