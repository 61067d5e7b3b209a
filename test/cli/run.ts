import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
export const SAMPLES = path.resolve(__dirname, "../../../shared/samples");
export const S08 = path.join(SAMPLES, "s08_自评表抽查样例（植入问题）.xlsx");
const BIN = path.join(ROOT, "bin/perfcheck.js");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line as a person would (`node bin/perfcheck.js …`); never rejects on a non-zero exit. */
export function perfcheck(args: string[], cwd = ROOT, nodeOptions: string[] = []): Promise<Run> {
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
