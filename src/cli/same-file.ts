import { promises as fs } from "node:fs";
import path from "node:path";
import type { InputFile } from "./files";

/**
 * The names of one file: its absolute path, and its device and inode when it exists (whichever symlink or hard link
 * leads there), else its directory's real path and its name.
 */
async function fileKeys(file: string | Buffer): Promise<string[]> {
  const name = path.resolve(file.toString());
  try {
    const stat = await fs.stat(file, { bigint: true });
    return [name, `${stat.dev}:${stat.ino}`];
  } catch {
    try {
      return [name, path.join(await fs.realpath(path.dirname(name)), path.basename(name))];
    } catch {
      return [name];
    }
  }
}

/** The first of `files` that is the same file as `target`, if any. */
export async function sameFileIn(target: string, files: InputFile[]): Promise<InputFile | undefined> {
  const keys = new Set(await fileKeys(target));
  for (const file of files) {
    if ((await fileKeys(file.path)).some((k) => keys.has(k))) return file;
  }
  return undefined;
}
