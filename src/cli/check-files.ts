import { checkWorkbook } from "../core/engine";
import type { Profile } from "../core/profile";
import { unreadableReason } from "../hosts/xlsx/file-error";
import { readSnapshotFile } from "../hosts/xlsx/load-workbook";
import type { FileOutcome } from "../report/json";

/** Checks each file; a file that cannot be read becomes an outcome with its error, and the others go on. */
export async function checkFiles(files: string[], profile: Profile, onProgress?: (done: number) => void): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    try {
      outcomes.push({ file, result: checkWorkbook(await readSnapshotFile(file), profile) });
    } catch (e) {
      outcomes.push({ file, error: unreadableReason(e) });
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
