#!/usr/bin/env node
// Runs the command line's bundle, built by `npm run build` and by `npm install` (the `prepare` script).
const path = require("node:path");
const { existsSync } = require("node:fs");

const bundle = path.join(__dirname, "..", "build", "cli", "perfcheck.js");
if (!existsSync(bundle)) {
  process.stderr.write("perfcheck: build/cli/perfcheck.js is missing; run `npm run build:cli` (or `npm install`) first\n");
  process.exit(2);
}
require(bundle).main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`perfcheck: ${e && e.stack ? e.stack : String(e)}\n`);
    process.exitCode = 2;
  },
);
