import { spawn } from "child_process";
import { readFileSync } from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");

export interface BuiltPane {
  dir: string;
  /** The scripts taskpane.html loads from the build (the initial JS), relative to `dir`. */
  initialScripts: string[];
  /** Every module webpack put into the bundle, as webpack names them (./node_modules/…, ./src/…). */
  modules: string[];
}

interface StatsModule {
  name?: string;
  modules?: StatsModule[];
}

function moduleNames(modules: StatsModule[] | undefined, out: string[] = []): string[] {
  for (const m of modules ?? []) {
    if (m.name) out.push(m.name);
    moduleNames(m.modules, out);
  }
  return out;
}

/** `webpack --mode production` into `dir` (with office.js from the CDN, as shipped), with its module list. */
export async function buildPane(dir: string): Promise<BuiltPane> {
  const statsFile = path.join(dir, "..", `${path.basename(dir)}-stats.json`);
  const cli = require.resolve("webpack-cli/bin/cli.js");
  const args = [cli, "--mode", "production", "--output-path", dir, "--json", statsFile];
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, OFFICE_JS: "" }, stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(log) : reject(new Error(`webpack exited with ${code}:\n${log}`))));
  });
  const stats = JSON.parse(readFileSync(statsFile, "utf8")) as { modules?: StatsModule[]; errors?: unknown[] };
  if (stats.errors && stats.errors.length > 0) throw new Error(`webpack reported errors:\n${output}`);
  const html = readFileSync(path.join(dir, "taskpane.html"), "utf8");
  const initialScripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  return { dir, initialScripts, modules: moduleNames(stats.modules) };
}
