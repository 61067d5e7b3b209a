import { promises as fs } from "node:fs";
import path from "node:path";

/** Files named on the command line, with directories searched recursively for .xlsx files (Office lock files skipped). */
export async function collectFiles(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      out.push(input);
      continue;
    }
    if (!stat.isDirectory()) {
      out.push(input);
      continue;
    }
    const entries = await fs.readdir(input, { recursive: true, withFileTypes: true });
    const found = entries
      .filter((e) => e.isFile() && /\.xlsx$/i.test(e.name) && !e.name.startsWith("~$"))
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
    out.push(...found);
  }
  return out;
}

/** Whether two paths name the same file: the same absolute path, or (when both exist) the same real path. */
export async function samePath(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    return (await fs.realpath(a)) === (await fs.realpath(b));
  } catch {
    return false;
  }
}
