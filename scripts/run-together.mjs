// `npm test`'s first step: runs the given npm scripts at the same time (the type check and ESLint each keep one core
// busy), prints each one's output whole once it ends, in the order given, and fails when any of them failed.
//
//   node scripts/run-together.mjs typecheck lint

import { spawn } from "node:child_process";

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  process.stderr.write("usage: node scripts/run-together.mjs <npm script>...\n");
  process.exit(2);
}

/** Runs `npm run <script>`, its stdout and stderr kept together in one text; resolves with the exit code and the text. */
function run(script) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn("npm", ["run", "--silent", script], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", (error) => resolve({ script, code: 1, output: `${output}${error.message}\n`, seconds: 0 }));
    child.on("close", (code, signal) => resolve({ script, code: code ?? 1, signal, output, seconds: (Date.now() - started) / 1000 }));
  });
}

const results = await Promise.all(scripts.map(run));
for (const { script, code, signal, output, seconds } of results) {
  process.stdout.write(`> npm run ${script}: ${code === 0 ? "ok" : `failed (${signal ?? `exit ${code}`})`}, ${seconds.toFixed(1)} s\n`);
  if (output) process.stdout.write(output.endsWith("\n") ? output : `${output}\n`);
}
process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
