import { isUtf8 } from "node:buffer";
import { promises as fs } from "node:fs";
import path from "node:path";
import { fileName } from "./file-name";

/** A file to read: the path that opens it (its bytes when the name is not valid UTF-8) and the name to show. */
export interface InputFile {
  path: string | Buffer;
  name: string;
  /** Where its copy goes under `fix --out-dir`: its path inside the folder named on the command line, or its own name. */
  relative: string;
}

/** A file named on the command line: opened and shown by that name. */
export function namedFile(file: string): InputFile {
  return { path: file, name: file, relative: path.basename(file) };
}

/** .xlsx files, and the old .xls ones, which are reported as unreadable with what to do rather than passed over. */
const WORKBOOK_NAME = /\.xlsx?$/i;

/** Walks a directory by the bytes of its names: Node turns a name that is not UTF-8 into U+FFFD, which opens nothing. */
async function findWorkbooks(dir: Buffer, shown: string, relative: string, found: InputFile[]): Promise<void> {
  for (const entry of await fs.readdir(dir, { encoding: "buffer", withFileTypes: true })) {
    const bytes = Buffer.concat([dir, Buffer.from(path.sep), entry.name]);
    const name = path.join(shown, fileName(entry.name));
    const inside = path.join(relative, fileName(entry.name));
    if (entry.isDirectory()) await findWorkbooks(bytes, name, inside, found);
    else if (entry.isFile() && WORKBOOK_NAME.test(name) && !path.basename(name).startsWith("~$")) {
      found.push({ path: isUtf8(bytes) ? name : bytes, name, relative: inside });
    }
  }
}

/** Files named on the command line, with directories searched recursively for .xlsx and .xls files (Office lock files skipped). */
export async function collectFiles(inputs: string[]): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      out.push(namedFile(input));
      continue;
    }
    if (!stat.isDirectory()) {
      out.push(namedFile(input));
      continue;
    }
    const found: InputFile[] = [];
    await findWorkbooks(Buffer.from(input), input, "", found);
    out.push(...found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
  }
  return out;
}
