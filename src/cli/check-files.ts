import { checkWorkbook } from "../core/engine";
import type { Profile } from "../core/profile";
import type { Language } from "../core/messages";
import { unreadableReason } from "../hosts/xlsx/file-error-words";
import type { FileOutcome } from "../report/json";
import type { InputFile } from "./files";
import { readWorkbookFile } from "../hosts/xlsx/load-workbook";

/**
 * Checks each file; a file that cannot be read, or throws anything else, becomes an outcome with its error in `language`,
 * and the others go on.
 */
export async function checkFiles(files: InputFile[], profile: Profile, language: Language, onProgress?: (done: number) => void): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    try {
      const { snapshot } = await readWorkbookFile(file.path, file.name);
      outcomes.push({ file: file.name, result: checkWorkbook(snapshot, profile) });
    } catch (e) {
      outcomes.push({ file: file.name, error: unreadableReason(e, language) });
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
