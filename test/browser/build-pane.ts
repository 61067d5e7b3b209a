import { spawn } from "child_process";
import { readFileSync } from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");

/**
 * How long a browser suite's setup (Chromium, and the production build of its page) may take. Alone on two idle cores
 * the build takes about 25 s; beside the other suites' builds on a machine shared with other work, several minutes.
 */
export const SETUP_TIMEOUT_MS = 600_000;

/** The two pages webpack.config.js builds: the task pane (dist/) and the web page (dist/web/). */
export type PageName = "taskpane" | "web";

const HTML: Record<PageName, string> = { taskpane: "taskpane.html", web: "index.html" };

export interface BuiltPage {
  dir: string;
  /** The scripts the page's HTML loads from the build (the initial JS), relative to `dir`. */
  initialScripts: string[];
  /** Every module webpack put into the build, initial or loaded later (./node_modules/…, ./src/…). */
  modules: string[];
  /** The modules of the initial scripts only: what the page loads before it is used. */
  initialModules: string[];
  /** The built files of the chunks loaded later (import()), relative to `dir`. */
  asyncScripts: string[];
}

export type BuiltPane = BuiltPage;

interface StatsModule {
  name?: string;
  chunks?: (string | number)[];
  modules?: StatsModule[];
}

interface Stats {
  modules?: StatsModule[];
  chunks?: { id: string | number; initial: boolean; files?: string[] }[];
  entrypoints?: Record<string, { chunks: (string | number)[] }>;
  errors?: unknown[];
}

function moduleNames(modules: StatsModule[] | undefined, out: string[] = []): string[] {
  for (const m of modules ?? []) {
    if (m.name) out.push(m.name);
    moduleNames(m.modules, out);
  }
  return out;
}

/**
 * `webpack --mode production --env pages=PAGE` into `dir` (the task pane with office.js from the CDN, as shipped),
 * with the modules of the build and of its initial scripts. One page only: each browser test builds what it loads.
 */
export async function buildPage(page: PageName, dir: string): Promise<BuiltPage> {
  const statsFile = path.join(dir, "..", `${path.basename(dir)}-stats.json`);
  const cli = require.resolve("webpack-cli/bin/cli.js");
  const args = [cli, "--mode", "production", "--env", `pages=${page}`, "--output-path", dir, "--json", statsFile];
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, OFFICE_JS: "" }, stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(log) : reject(new Error(`webpack exited with ${code}:\n${log}`))));
  });
  const stats = JSON.parse(readFileSync(statsFile, "utf8")) as Stats;
  if (stats.errors && stats.errors.length > 0) throw new Error(`webpack reported errors:\n${output}`);
  const html = readFileSync(path.join(dir, HTML[page]), "utf8");
  const initialScripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  const initialChunks = new Set(stats.entrypoints?.[page]?.chunks ?? []);
  const initialModules = moduleNames((stats.modules ?? []).filter((m) => m.chunks?.some((c) => initialChunks.has(c))));
  const asyncScripts = (stats.chunks ?? []).filter((c) => !c.initial).flatMap((c) => c.files ?? []);
  return { dir, initialScripts, modules: moduleNames(stats.modules), initialModules, asyncScripts };
}

/** The task pane, as the task pane's browser test loads it. */
export function buildPane(dir: string): Promise<BuiltPane> {
  return buildPage("taskpane", dir);
}
