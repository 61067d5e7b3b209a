#!/usr/bin/env node
// Runs the command line's bundle, built by `npm run build` and by `npm install` (the `prepare` script).
const { existsSync } = require("node:fs");
const { BUNDLE, loadBundle } = require("./bundle");

if (!existsSync(BUNDLE)) {
  process.stderr.write("perfcheck: build/cli/perfcheck.js is missing; run `npm run build:cli` (or `npm install`) first\n");
  process.exit(2);
}
// A reader that stops early (`perfcheck check … | head`) closes the pipe: the rest of the output goes nowhere, and
// the check still ends with its exit code, without a stack trace.
process.stdout.on("error", (e) => {
  if (e.code !== "EPIPE") throw e;
});
const { main } = loadBundle();
// A check lives about a second, most of it before V8 has optimised the engine: optimising jobs that inline less and
// do not peel loops are done sooner (a 1,000-table workbook checks in ~0.8 of the time with V8's defaults). Set after
// the bundle and node's own modules are loaded, whose compiled code V8 would otherwise not take from its caches under
// changed flags.
require("node:v8").setFlagsFromString("--max-inlined-bytecode-size-cumulative=200 --no-turbo-loop-peeling");
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`perfcheck: ${e && e.stack ? e.stack : String(e)}\n`);
    process.exitCode = 2;
  },
);
