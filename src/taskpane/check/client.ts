import { checkClient } from "../../check-worker/client";
import type { SnapshotCheckRequest } from "./check-snapshot";

/** Checks what the pane read from Excel in the pane's check worker (src/taskpane/check/worker.ts). */
export const checkSnapshotOffThread = checkClient<SnapshotCheckRequest, string>(async (request, onPhase) => {
  const { checkSnapshot } = await import(/* webpackChunkName: "check" */ "./check-snapshot");
  return checkSnapshot(request, onPhase);
});
