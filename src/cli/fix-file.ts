import { checkWorkbook, type CheckResult } from "../core/engine";
import type { Language } from "../core/messages";
import type { Profile } from "../core/profile";
import { corrupt, WorkbookFileError } from "../hosts/xlsx/file-error";
import { readWorkbookFile } from "../hosts/xlsx/load-workbook";
import { patchWorkbook, type PatchedWorkbook } from "../hosts/xlsx/patch/patch-workbook";
import { changeLines } from "../report/text";
import type { InputFile } from "./files";
import { CLI_WORDS } from "./words";

export interface FixOutcome {
  result: CheckResult;
  /** What the copy got: the values written and left alone, the cells flagged, and its bytes. */
  applied: PatchedWorkbook;
}

/**
 * Checks `input` and builds an annotated copy: the write plan patched into the file's own bytes, so that every part
 * the plan does not touch is kept as it was. The input is only read. Throws WorkbookFileError when it cannot be read.
 */
export async function fixFile(input: InputFile, profile: Profile, language: Language): Promise<FixOutcome> {
  const { snapshot, data } = await readWorkbookFile(input.path, input.name);
  const result = checkWorkbook(snapshot, profile);
  try {
    return { result, applied: patchWorkbook(data, result.plan, language) };
  } catch (e) {
    throw new WorkbookFileError(input.name, corrupt(e));
  }
}

/** How many values were written (and which, as a change list), how many cells flagged, and where the copy is. */
export function fixSummary(o: FixOutcome, out: string, language: Language): string {
  const { written, skipped, flagged } = o.applied;
  return [CLI_WORDS[language].fixed(written.length, skipped.length, flagged, out), ...changeLines(written, language).map((l) => `  ${l}`)].join("\n");
}
