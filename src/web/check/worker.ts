/// <reference lib="webworker" />
/**
 * The web page's check worker: reading and checking a workbook take seconds for a thousand tables, so they run here
 * and the page stays responsive. Built as its own entry (webpack.config.js); the page finds it through a meta tag.
 */
import "../no-eval";
import type { CheckRequest } from "./protocol";
import { readAndCheck } from "./read-and-check";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<CheckRequest>) => {
  const request = event.data;
  scope.postMessage(readAndCheck(request, (phase) => scope.postMessage({ id: request.id, type: "phase", ...phase })));
};
