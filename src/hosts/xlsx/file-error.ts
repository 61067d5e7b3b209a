/**
 * Why a file cannot be checked, in words a person understands (Chinese, then English in brackets): shared by the
 * command line and the web page, so both say the same thing. No node or exceljs imports: the web page's first
 * bundle uses it.
 */

/** A file that cannot be read as a workbook, with a reason a person understands. */
export class WorkbookFileError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
  }
}

const ZIP_MAGIC = "504b0304";
/** OLE compound files: .xls workbooks, and .xlsx workbooks encrypted with a password to open. */
const OLE_MAGIC = "d0cf11e0a1b11ae1";
/** Above this the file is refused rather than risking the process's (or the browser tab's) memory. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** Why a file of `bytes` bytes is refused before reading it, or undefined when its size is fine. */
export function sizeProblem(bytes: number): string | undefined {
  if (bytes > MAX_FILE_BYTES) return `文件过大 (${Math.round(bytes / 1048576)} MB > ${MAX_FILE_BYTES / 1048576} MB)`;
  return undefined;
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Why `data` cannot be an .xlsx package (empty, old .xls or encrypted, not a zip), or undefined when it may be one. */
export function contentProblem(data: Uint8Array): string | undefined {
  if (data.length === 0) return "空文件 (empty file)";
  const magic = hex(data.subarray(0, 8));
  if (magic.startsWith(OLE_MAGIC)) {
    return "旧版 .xls 或加密的工作簿，请在 Excel/WPS 中另存为 .xlsx 并取消密码 (old .xls or password-protected workbook)";
  }
  if (!magic.startsWith(ZIP_MAGIC)) return "不是 .xlsx 文件 (not an .xlsx file)";
  return undefined;
}

export const CORRUPT_REASON = "文件已损坏或不是工作簿 (corrupt or not a workbook)";
export const NO_SHEETS_REASON = "工作簿中没有工作表 (the workbook has no sheets)";

/** What to tell the person about any failure to read a file: a WorkbookFileError's reason, else an internal error. */
export function unreadableReason(e: unknown): string {
  if (e instanceof WorkbookFileError) return e.reason;
  return `内部错误 (internal error): ${e instanceof Error ? e.message : String(e)}`;
}
