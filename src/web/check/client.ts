import { checkClient } from "../../check-worker/client";
import type { FileProblem } from "../../hosts/xlsx/file-error";
import type { FileCheckRequest } from "./read-and-check";

/**
 * Reads and checks a file in the page's check worker (src/web/check/worker.ts). Before the answer, `onPreliminary`
 * may be told the result of the workbook's first sheet with findings.
 */
export const checkFile = checkClient<FileCheckRequest, FileProblem>(async (request, onPhase, onPreliminary) => {
  const { readAndCheck } = await import(/* webpackChunkName: "check" */ "./read-and-check");
  return readAndCheck(request, onPhase, onPreliminary);
});
