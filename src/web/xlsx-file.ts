/**
 * Everything the web page does with exceljs, in one module that the page imports only when the first file arrives
 * (see xlsx.ts): exceljs, jszip and the xlsx host's code reach the browser as one separate chunk.
 */
import type { Language } from "../core/messages";
import type { WritePlan } from "../core/plan";
import type { WorkbookSnapshot } from "../core/snapshot";
import { applyPlan, type AppliedPlan } from "../hosts/xlsx/apply-plan";
import { loadWorkbookBytes } from "../hosts/xlsx/load-bytes";
import { partsLostInPackage } from "../hosts/xlsx/package-parts";
import { workbookSnapshot } from "../hosts/xlsx/read-snapshot";

export interface ReadWorkbook {
  snapshot: WorkbookSnapshot;
  /** What the annotated copy will lack (charts, pivot tables, …), in the command line's words. */
  lost: string[];
}

/** Reads a file's bytes as the command line does; a file that cannot be read throws a WorkbookFileError. */
export async function readWorkbook(name: string, data: Uint8Array): Promise<ReadWorkbook> {
  const wb = await loadWorkbookBytes(name, data);
  return { snapshot: workbookSnapshot(wb), lost: await partsLostInPackage(data) };
}

export interface AnnotatedCopy {
  data: ArrayBuffer;
  applied: AppliedPlan;
}

/** `perfcheck fix` in the browser: the plan applied, once, to the workbook as loaded from the file's bytes. */
export async function annotatedCopy(name: string, data: Uint8Array, plan: WritePlan, language: Language): Promise<AnnotatedCopy> {
  const wb = await loadWorkbookBytes(name, data);
  const applied = applyPlan(wb, plan, language);
  return { data: await wb.xlsx.writeBuffer(), applied };
}
