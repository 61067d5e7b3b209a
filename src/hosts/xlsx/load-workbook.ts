import { promises as fs } from "node:fs";
import type { WorkbookSnapshot } from "../../core/snapshot";
import { sizeProblem, WorkbookFileError } from "./file-error";
import { readWorkbookSnapshot } from "./ooxml/read";
import { inflateWithZlib } from "./zlib-inflate";

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

export interface ReadFile {
  snapshot: WorkbookSnapshot;
  /** The file's bytes, for the annotated copy, which patches them. */
  data: Uint8Array;
}

/**
 * Reads an .xlsx file into the engine's snapshot; every failure becomes a WorkbookFileError under `name`. The path may
 * be the raw bytes of a file name that is not UTF-8 (GBK names from Windows zip tools and old shares).
 */
export async function readWorkbookFile(path: string | Buffer, name: string): Promise<ReadFile> {
  let data: Buffer;
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) throw new WorkbookFileError(name, "不是文件 (not a file)");
    const tooBig = sizeProblem(stat.size);
    if (tooBig) throw new WorkbookFileError(name, tooBig);
    data = await fs.readFile(path);
  } catch (e) {
    if (e instanceof WorkbookFileError) throw e;
    throw new WorkbookFileError(name, ioReason(e));
  }
  return { snapshot: readWorkbookSnapshot(name, data, inflateWithZlib), data };
}
