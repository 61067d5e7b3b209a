import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { ioReason } from "../hosts/xlsx/load-workbook";
import type { InputFile } from "./files";
import { sameFileIn } from "./same-file";

/** An output that was refused or could not be written: one line on stderr, exit code 2. */
export class OutputError extends Error {}

function cannotWrite(file: string, e: unknown): OutputError {
  return new OutputError(`${file}: 无法写入 (cannot write): ${ioReason(e)}`);
}

async function refuseExisting(file: string): Promise<void> {
  try {
    await fs.lstat(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return;
    throw cannotWrite(file, e);
  }
  throw new OutputError(`${file} 已存在，未覆盖；加 --force 可覆盖 (exists; add --force to overwrite)`);
}

/**
 * Refuses `--out` before any work is done: it may never be one of the inputs (the same path, a symlink or a hard
 * link to it), and may be an existing file only with `force`.
 */
export async function refuseOutput(file: string, inputs: InputFile[], force: boolean): Promise<void> {
  const input = await sameFileIn(file, inputs);
  if (input) {
    throw new OutputError(`--out ${file} 就是输入文件 ${input.name}（或其链接），不会覆盖输入文件 (--out is an input file or a link to it; inputs are never overwritten)`);
  }
  if (!force) await refuseExisting(file);
}

/**
 * Writes `data` to a temporary file beside `file` and renames it over `file`: nobody sees a half-written output, and a
 * failure leaves the previous file (or none) and no temporary file. Without `force` an existing file is kept, also
 * one that appeared while perfcheck was working.
 */
export async function writeOutput(file: string, data: string | Uint8Array, force: boolean): Promise<void> {
  // Hidden and not .xlsx, so that a check of the same directory meanwhile does not pick it up.
  const temp = path.join(path.dirname(file), `.perfcheck-${randomBytes(6).toString("hex")}.tmp`);
  try {
    const handle = await fs.open(temp, "wx");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (!force) await refuseExisting(file);
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e instanceof OutputError ? e : cannotWrite(file, e);
  }
}
