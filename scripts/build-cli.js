#!/usr/bin/env node
/**
 * Builds the command line into one file, build/cli/perfcheck.js, which bin/perfcheck.js runs: `npm run build`, and
 * `prepare` so that `npm install` in a fresh clone gives a working `npm run demo`. exceljs stays outside the bundle
 * (only `template` loads it). The built-in profiles are validated here, once, and go into the bundle as data, so
 * that no start-up loads the schema library.
 */
const path = require("node:path");
const { build, buildSync } = require("esbuild");

const ROOT = path.resolve(__dirname, "..");
// As deep as src/cli/, so that paths relative to the sources (the demo's assets) hold in the bundle too.
const OUTFILE = path.join(ROOT, "build", "cli", "perfcheck.js");
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
    outfile: OUTFILE,
    external: ["exceljs"],
    plugins: [builtInAsData],
    banner: { js: "// Built by scripts/build-cli.js from src/cli/main.ts; not edited by hand." },
  });
  return OUTFILE;
}

module.exports = { buildCli, OUTFILE };

if (require.main === module) {
  buildCli().catch((e) => {
    process.stderr.write(`${e && e.stack ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
}
