import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../../core/snapshot";
import { workbookSnapshot } from "./read-snapshot";

/** A file that cannot be read as a workbook, with a reason a person understands. */
export class WorkbookFileError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
  }
}

const ZIP_MAGIC = "504b0304";
const OLE_MAGIC = "d0cf11e0a1b11ae1";
/** Above this the file is refused rather than risking the process's memory. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

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
    if (stat.size > MAX_FILE_BYTES) throw new WorkbookFileError(file, `文件过大 (${Math.round(stat.size / 1048576)} MB > ${MAX_FILE_BYTES / 1048576} MB)`);
    data = await fs.readFile(file);
  } catch (e) {
    if (e instanceof WorkbookFileError) throw e;
    throw new WorkbookFileError(file, ioReason(e));
  }
  if (data.length === 0) throw new WorkbookFileError(file, "空文件 (empty file)");
  const magic = data.subarray(0, 8).toString("hex");
  if (magic.startsWith(OLE_MAGIC)) {
    throw new WorkbookFileError(file, "旧版 .xls 或加密的工作簿，请在 Excel/WPS 中另存为 .xlsx 并取消密码 (old .xls or password-protected workbook)");
  }
  if (!magic.startsWith(ZIP_MAGIC)) throw new WorkbookFileError(file, "不是 .xlsx 文件 (not an .xlsx file)");
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new WorkbookFileError(file, `文件已损坏或不是工作簿 (corrupt or not a workbook): ${e instanceof Error ? e.message : String(e)}`);
  }
  if (wb.worksheets.length === 0) throw new WorkbookFileError(file, "工作簿中没有工作表 (the workbook has no sheets)");
  return wb;
}

export async function readSnapshotFile(file: string): Promise<WorkbookSnapshot> {
  return workbookSnapshot(await loadWorkbook(file));
}
