import { checkWorkbook, type CheckResult } from "../core/engine";
import type { Language } from "../core/messages";
import type { Profile } from "../core/profile";
import { isErrorValue, type CellValue } from "../core/snapshot";
import { CORRUPT_REASON, WorkbookFileError } from "../hosts/xlsx/file-error";
import { readWorkbookFile } from "../hosts/xlsx/load-workbook";
import { patchWorkbook, type PatchedWorkbook } from "../hosts/xlsx/patch/patch-workbook";
import type { InputFile } from "./files";

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
    throw new WorkbookFileError(input.name, `${CORRUPT_REASON}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function shown(v: CellValue, language: Language): string {
  if (v === null || v === "") return language === "zh-CN" ? "空" : "empty";
  return isErrorValue(v) ? v.error : String(v);
}

/** How many values were written (and which), how many cells flagged, and where the copy is. */
export function fixSummary(o: FixOutcome, out: string, language: Language): string {
  const { written, skipped, flagged } = o.applied;
  const lines = written.map((v) => `  ${v.sheet}!${v.cell}: ${shown(v.previous, language)} → ${v.value} [${v.reason}]`);
  const skippedNote = skipped.length === 0 ? "" : language === "zh-CN" ? `（${skipped.length} 个含公式的单元格未改写）` : ` (${skipped.length} formula cell(s) left alone)`;
  const head = language === "zh-CN"
    ? `已写入 ${written.length} 个值${skippedNote}，标记 ${flagged} 个单元格，输出：${out}`
    : `wrote ${written.length} value(s)${skippedNote}, flagged ${flagged} cell(s), output: ${out}`;
  return [head, ...lines].join("\n");
}
