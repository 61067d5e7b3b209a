/**
 * Why a file cannot be checked, as a code and its parameters: the command line and the web page word it from one
 * catalog (file-error-words.ts) in the language asked for, so both say the same thing. No node or exceljs imports:
 * the web page's first bundle uses it.
 */

/** A file system error's code (ENOENT…) kept for searching, beside what it means. */
type WithErrno = { errno: string };

/** Why a file cannot be read as a workbook. */
export type FileProblem =
  | { code: "empty" | "old-or-encrypted" | "not-xlsx" | "no-sheets" | "not-a-file" }
  /** A limit exceeded, with the limit (in megabytes for sizes). */
  | { code: "too-large"; megabytes: number; limit: number }
  | { code: "too-much-inflated" | "too-many-entries" | "too-many-cells" | "too-many-shared-strings"; limit: number }
  | { code: "too-many-sheet-cells"; sheet: string; limit: number }
  /** `detail`: what the reader stumbled on, a technical diagnostic in English. */
  | { code: "corrupt"; detail: string }
  | ({ code: "not-found" | "no-permission" | "is-directory" | "busy" | "system-error" } & WithErrno)
  | { code: "internal"; detail: string };

export type FileProblemCode = FileProblem["code"];

/** A file that cannot be read as a workbook, with why. */
export class WorkbookFileError extends Error {
  constructor(readonly file: string, readonly problem: FileProblem) {
    super(`${file}: ${problem.code}${"detail" in problem ? `: ${problem.detail}` : ""}`);
  }
}

const ZIP_MAGIC = "504b0304";
/** OLE compound files: .xls workbooks, and .xlsx workbooks encrypted with a password to open. */
const OLE_MAGIC = "d0cf11e0a1b11ae1";
/** Above this the file is refused rather than risking the process's (or the browser tab's) memory. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** Why a file of `bytes` bytes is refused before reading it, or undefined when its size is fine. */
export function sizeProblem(bytes: number): FileProblem | undefined {
  if (bytes > MAX_FILE_BYTES) return { code: "too-large", megabytes: Math.ceil(bytes / 1048576), limit: MAX_FILE_BYTES / 1048576 };
  return undefined;
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Why `data` cannot be an .xlsx package (empty, old .xls or encrypted, not a zip), or undefined when it may be one. */
export function contentProblem(data: Uint8Array): FileProblem | undefined {
  if (data.length === 0) return { code: "empty" };
  const magic = hex(data.subarray(0, 8));
  if (magic.startsWith(OLE_MAGIC)) return { code: "old-or-encrypted" };
  if (!magic.startsWith(ZIP_MAGIC)) return { code: "not-xlsx" };
  return undefined;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A package the reader or the patcher stumbled on: damaged, or not a workbook. */
export function corrupt(e: unknown): FileProblem {
  return { code: "corrupt", detail: errorText(e) };
}

const IO_PROBLEMS: Record<string, Extract<FileProblem, WithErrno>["code"]> = {
  ENOENT: "not-found",
  EACCES: "no-permission",
  EPERM: "no-permission",
  EISDIR: "is-directory",
  EBUSY: "busy",
};

/** A file system error (reading a file, or writing an output) as a problem, with its code for searching. */
export function ioProblem(e: unknown): FileProblem {
  const errno = (e as { code?: unknown } | null)?.code;
  if (typeof errno !== "string") return { code: "internal", detail: errorText(e) };
  return { code: IO_PROBLEMS[errno] ?? "system-error", errno };
}

/** Why any failure to read a file happened: a WorkbookFileError's problem, else an internal error. */
export function fileProblemOf(e: unknown): FileProblem {
  if (e instanceof WorkbookFileError) return e.problem;
  return { code: "internal", detail: errorText(e) };
}
