import { promises as fs } from "node:fs";
import type ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../../core/snapshot";
import { sizeProblem, WorkbookFileError } from "./file-error";
import { loadWorkbookBytes } from "./load-bytes";
import { workbookSnapshot } from "./read-snapshot";

const IO_REASONS: Record<string, string> = {
  ENOENT: "文件或目录不存在 (no such file or directory)",
  EACCES: "没有权限 (permission denied)",
  EPERM: "没有权限 (permission denied)",
  EISDIR: "是目录 (is a directory)",
  EBUSY: "文件被占用，请先在 Excel/WPS 中关闭 (file is busy)",
};

/** A file system error in words, with its code for searching. */
export function ioReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (!code) return String(e);
  return `${IO_REASONS[code] ?? "系统错误 (system error)"} [${code}]`;
}

/** Reads an .xlsx file into an exceljs workbook; every failure becomes a WorkbookFileError. */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  let data: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new WorkbookFileError(file, "不是文件 (not a file)");
    const tooBig = sizeProblem(stat.size);
    if (tooBig) throw new WorkbookFileError(file, tooBig);
    data = await fs.readFile(file);
  } catch (e) {
    if (e instanceof WorkbookFileError) throw e;
    throw new WorkbookFileError(file, ioReason(e));
  }
  return loadWorkbookBytes(file, data);
}

export async function readSnapshotFile(file: string): Promise<WorkbookSnapshot> {
  return workbookSnapshot(await loadWorkbook(file));
}
