import { checkWorkbook, type CheckResult } from "../core/engine";
import type { Language } from "../core/messages";
import type { Profile } from "../core/profile";
import { isErrorValue, type CellValue } from "../core/snapshot";
import { applyPlan, type AppliedPlan } from "../hosts/xlsx/apply-plan";
import { partsLostInPackage } from "../hosts/xlsx/package-parts";
import { workbookSnapshot } from "../hosts/xlsx/read-snapshot";
import type { InputFile } from "./files";
import { finiteResult, OUT_OF_RANGE } from "./finite-result";
import { replaceOutOfRangeCells } from "./out-of-range-cells";
import { loadWorkbookFile } from "../hosts/xlsx/load-workbook";

export interface FixOutcome {
  result: CheckResult;
  applied: AppliedPlan;
  /** Parts of the input the annotated copy does not carry (charts, pivot tables, …). */
  lost: string[];
  /** The annotated copy's bytes. */
  data: Uint8Array;
}

/**
 * Checks `input` and builds an annotated copy: the write plan applied to the workbook as loaded, once. The input is
 * only read. Throws WorkbookFileError when the input cannot be read.
 */
export async function fixFile(input: InputFile, profile: Profile, language: Language): Promise<FixOutcome> {
  const { workbook, data } = await loadWorkbookFile(input.path, input.name);
  const result = finiteResult(checkWorkbook(workbookSnapshot(workbook), profile));
  const applied = applyPlan(workbook, result.plan, language);
  const outOfRange = replaceOutOfRangeCells(workbook);
  const lost = await partsLostInPackage(data);
  if (outOfRange.length > 0) lost.push(`超出数值范围的数（写为 ${OUT_OF_RANGE}）：${outOfRange.join("、")} (numbers out of range, written as ${OUT_OF_RANGE})`);
  return { result, applied, lost, data: new Uint8Array(await workbook.xlsx.writeBuffer()) };
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

/** One stderr line per part of the input that the copy lacks. */
export function lostPartLines(o: FixOutcome, out: string): string[] {
  return o.lost.map((part) => `perfcheck: ${out}: 未保留原文件中的${part} — not carried over`);
}
