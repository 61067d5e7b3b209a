/// <reference lib="webworker" />
/**
 * The web page's check worker: reading and checking a workbook take seconds for a thousand tables, so they run here
 * and the page stays responsive. Built as its own entry (webpack.config.js); the page finds it through a meta tag.
 */
import "../no-eval";
import type { CheckRequest, WorkerMessage } from "./protocol";
import { readAndCheck } from "./read-and-check";
import { splitResult } from "./result-parts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerMessage) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { id } = event.data;
  const reply = readAndCheck(
    event.data,
    (phase) => post({ id, type: "phase", ...phase }),
    (preliminary) => post({ id, type: "preliminary", ...preliminary }),
  );
  if (reply.type === "failed") {
    post(reply);
    return;
  }
  for (const part of splitResult(reply.snapshot, reply.check)) post({ id, type: "sheet", part });
  post({ id, type: "plan", plan: reply.check.plan });
};
