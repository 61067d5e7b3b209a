#!/usr/bin/env node
// Runs the TypeScript command line through tsx, so that a checkout needs no build step.
require("tsx/cjs");
const { main } = require("../src/cli/main.ts");
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`perfcheck: ${e && e.stack ? e.stack : String(e)}\n`);
    process.exitCode = 2;
  },
);
