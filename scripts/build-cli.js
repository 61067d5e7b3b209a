#!/usr/bin/env node
/**
 * Builds the command line into one file, build/cli/perfcheck.js, which bin/perfcheck.js runs: `npm run build`, and
 * `prepare` so that `npm install` in a fresh clone gives a working `npm run demo`. exceljs stays outside the bundle
 * (only `template` loads it). The built-in profiles are validated here, once, and go into the bundle as data, so
 * that no start-up loads the schema library. V8's compiled form of the bundle's top level is saved beside it
 * (bin/bundle.js).
 */
const path = require("node:path");
const fs = require("node:fs");
const { build, buildSync } = require("esbuild");
const { BUNDLE, CODE_CACHE, compileBundle } = require("../bin/bundle");

const ROOT = path.resolve(__dirname, "..");
const BUILT_IN = path.join(ROOT, "src", "core", "profile", "built-in.ts");

const common = { bundle: true, platform: "node", target: "node20", format: "cjs", logLevel: "error" };

/** The built-in profiles as the development build validates them: a validation error stops the build. */
function validatedProfiles() {
  const { outputFiles } = buildSync({ ...common, entryPoints: [BUILT_IN], write: false });
  const loaded = { exports: {} };
  new Function("module", "exports", "require", outputFiles[0].text)(loaded, loaded.exports, require);
  return loaded.exports.builtInProfiles;
}

async function buildCli() {
  const profiles = validatedProfiles();
  const builtInAsData = {
    name: "built-in profiles validated at build time",
    setup(build) {
      build.onLoad({ filter: /[\\/]core[\\/]profile[\\/]built-in\.ts$/ }, () => ({
        contents: `export const builtInProfiles = ${JSON.stringify(profiles)};\nexport const defaultProfile = builtInProfiles.default;\n`,
        loader: "js",
      }));
    },
  };
  await build({
    ...common,
    entryPoints: [path.join(ROOT, "src", "cli", "main.ts")],
    outfile: BUNDLE,
    external: ["exceljs"],
    plugins: [builtInAsData],
    banner: { js: "// Built by scripts/build-cli.js from src/cli/main.ts; not edited by hand." },
  });
  // Written after the bundle: the launcher takes it only when it is not older than the bundle.
  fs.writeFileSync(CODE_CACHE, compileBundle().createCachedData());
  return BUNDLE;
}

module.exports = { buildCli, BUNDLE };

if (require.main === module) {
  buildCli().catch((e) => {
    process.stderr.write(`${e && e.stack ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
}
