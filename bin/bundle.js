// The command line's bundle as V8 compiles it: with the compiled form of its top level saved beside it when it was
// built, so that a start does not parse 1.2 MB of JavaScript again (about 20 ms of a second-long check).
const path = require("node:path");
const { readFileSync, statSync } = require("node:fs");
const { Script } = require("node:vm");
const { createRequire, wrap } = require("node:module");

// As deep as src/cli/, so that paths relative to the sources (the demo's assets) hold in the bundle too.
const BUNDLE = path.join(__dirname, "..", "build", "cli", "perfcheck.js");
const CODE_CACHE = path.join(__dirname, "..", "build", "cli", "perfcheck.code-cache");

/** The bundle as a CommonJS module's function; V8 refuses `cachedData` made by another node or under other flags. */
function compileBundle(cachedData) {
  return new Script(wrap(readFileSync(BUNDLE, "utf8")), { filename: BUNDLE, cachedData });
}

/** The saved compiled form, unless the bundle was built after it. */
function savedCode() {
  try {
    return statSync(CODE_CACHE).mtimeMs >= statSync(BUNDLE).mtimeMs ? readFileSync(CODE_CACHE) : undefined;
  } catch {
    return undefined;
  }
}

/** The bundle's exports, as require(BUNDLE) gives them. */
function loadBundle() {
  const module = { exports: {} };
  compileBundle(savedCode()).runInThisContext().call(module.exports, module.exports, createRequire(BUNDLE), module, BUNDLE, path.dirname(BUNDLE));
  return module.exports;
}

module.exports = { BUNDLE, CODE_CACHE, compileBundle, savedCode, loadBundle };
