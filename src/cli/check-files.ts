import { checkWorkbook } from "../core/engine";
import type { Profile } from "../core/profile";
import { readSnapshotFile, WorkbookFileError } from "../hosts/xlsx/load-workbook";
import type { FileOutcome } from "./report-json";

/** Checks each file; a file that cannot be read becomes an outcome with its error, and the others go on. */
export async function checkFiles(files: string[], profile: Profile, onProgress?: (done: number) => void): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    try {
      outcomes.push({ file, result: checkWorkbook(await readSnapshotFile(file), profile) });
    } catch (e) {
      outcomes.push({ file, error: e instanceof WorkbookFileError ? e.reason : `内部错误 (internal error): ${e instanceof Error ? e.message : String(e)}` });
    }
    onProgress?.(outcomes.length);
  }
  return outcomes;
}

/** RULES.md exit codes: 2 when a file could not be read, else 1 when any error-severity finding, else 0. */
export function exitCode(outcomes: FileOutcome[]): number {
  if (outcomes.some((o) => o.error)) return 2;
  return outcomes.some((o) => o.result?.findings.some((f) => f.severity === "error")) ? 1 : 0;
}
