import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import type { Language } from "../core/messages";
import { ioProblem, type FileProblem } from "../hosts/xlsx/file-error";
import { renderFileProblem } from "../hosts/xlsx/file-error-words";
import type { InputFile } from "./files";
import { sameFileIn } from "./same-file";
import { CLI_WORDS } from "./words";

/** Why an output was refused or could not be written. */
export type OutputRefusal =
  | { code: "cannot-write"; file: string; problem: FileProblem }
  | { code: "exists"; file: string }
  /** `input`: the input file `file` is, or links to. */
  | { code: "is-input"; file: string; input: string };

/** An output that was refused or could not be written: one line on stderr, exit code 2. */
export class OutputError extends Error {
  constructor(readonly refusal: OutputRefusal) {
    super(`${refusal.file}: ${refusal.code}`);
  }
}

/** Why an output was refused, in the language asked for. */
export function outputRefusalText({ refusal }: OutputError, language: Language): string {
  const words = CLI_WORDS[language].output;
  if (refusal.code === "exists") return words.exists(refusal.file);
  if (refusal.code === "is-input") return words.isInput(refusal.file, refusal.input);
  return words.cannotWrite(refusal.file, renderFileProblem(refusal.problem, language));
}

function cannotWrite(file: string, e: unknown): OutputError {
  return new OutputError({ code: "cannot-write", file, problem: ioProblem(e) });
}

async function refuseExisting(file: string): Promise<void> {
  try {
    await fs.lstat(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return;
    throw cannotWrite(file, e);
  }
  throw new OutputError({ code: "exists", file });
}

/**
 * Refuses `--out` before any work is done: it may never be one of the inputs (the same path, a symlink or a hard
 * link to it), and may be an existing file only with `force`.
 */
export async function refuseOutput(file: string, inputs: InputFile[], force: boolean): Promise<void> {
  const input = await sameFileIn(file, inputs);
  if (input) throw new OutputError({ code: "is-input", file, input: input.name });
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
