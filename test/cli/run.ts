import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";

export const ROOT = path.resolve(__dirname, "../..");
export const SAMPLES = path.resolve(__dirname, "../../../shared/samples");
export const S08 = path.join(SAMPLES, "s08_自评表抽查样例（植入问题）.xlsx");
const BIN = path.join(ROOT, "bin/perfcheck.js");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The run under way: runs in this process share its streams and working directory, so they take turns. */
let running: Promise<unknown> = Promise.resolve();

/**
 * Runs the command line in this process: `main()` with its arguments, in `cwd`, its output captured and neither
 * stream a terminal (as under `execFile`); a rejection is reported as bin/perfcheck.js reports it. Never rejects.
 */
export function perfcheck(args: string[], cwd = ROOT): Promise<Run> {
  const run = running.then(() => runMain(args, cwd));
  running = run;
  return run;
}

async function runMain(args: string[], cwd: string): Promise<Run> {
  const captured = { stdout: "", stderr: "" };
  const restore = (["stdout", "stderr"] as const).map((name) => {
    const stream = process[name];
    const { write } = stream;
    const tty = Object.getOwnPropertyDescriptor(stream, "isTTY");
    stream.write = ((chunk: string | Uint8Array) => {
      captured[name] += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
      return true;
    }) as typeof stream.write;
    Object.defineProperty(stream, "isTTY", { value: false, configurable: true });
    return () => {
      stream.write = write;
      if (tty) Object.defineProperty(stream, "isTTY", tty);
      else delete (stream as { isTTY?: boolean }).isTTY;
    };
  });
  const home = process.cwd();
  process.chdir(cwd);
  let code: number;
  try {
    code = await main(args);
  } catch (e) {
    captured.stderr += `perfcheck: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`;
    code = 2;
  } finally {
    process.chdir(home);
    for (const undo of restore) undo();
  }
  return { code, ...captured };
}

/** Runs the command line as a person would (`node bin/perfcheck.js …`), in its own process; never rejects on a non-zero exit. */
export function perfcheckProcess(args: string[], cwd = ROOT, nodeOptions: string[] = []): Promise<Run> {
  return new Promise((resolve) => {
    execFile("node", [...nodeOptions, BIN, ...args], { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

export function tempDir(prefix: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), `perfcheck-${prefix}-`));
}

export async function sha(file: string): Promise<string> {
  return createHash("sha256").update(await fs.readFile(file)).digest("hex");
}

/** The subset of the JSON report the tests read. */
export interface JsonReport {
  files: {
    file: string;
    error?: string;
    tables: { sheet: string; kind: string; range: string }[];
    findings: { rule: string; severity: string; sheet: string; cell: string; message: string }[];
  }[];
}

export function findingKeys(file: JsonReport["files"][number]): Set<string> {
  return new Set(file.findings.map((f) => `${f.rule}|${f.sheet}|${f.cell}`));
}
