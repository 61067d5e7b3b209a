import { promises as fs } from "node:fs";
import type { WorkbookSnapshot } from "../../core/snapshot";
import { ioProblem, sizeProblem, WorkbookFileError } from "./file-error";
import { readWorkbookSnapshot } from "./ooxml/read";
import { inflateWithZlib } from "./zlib-inflate";

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
    if (!stat.isFile()) throw new WorkbookFileError(name, { code: "not-a-file" });
    const tooBig = sizeProblem(stat.size);
    if (tooBig) throw new WorkbookFileError(name, tooBig);
    data = await fs.readFile(path);
  } catch (e) {
    if (e instanceof WorkbookFileError) throw e;
    throw new WorkbookFileError(name, ioProblem(e));
  }
  return { snapshot: readWorkbookSnapshot(name, data, inflateWithZlib), data };
}
