/**
 * Jest's transform of TypeScript: esbuild strips the types, file by file. Type checking is `npm run typecheck`, once
 * for everything (tsconfig.json's isolatedModules makes every file transformable alone); transforming the same files
 * with TypeScript in each jest worker took several seconds more on a fresh clone.
 */
const { createHash } = require("node:crypto");
const { readFileSync } = require("node:fs");
const path = require("node:path");
const { transformSync, version } = require("esbuild");

// esbuild reads the options that change its output (jsx, target, class fields) from the project's own tsconfig.json.
const TSCONFIG = readFileSync(path.resolve(__dirname, "../../tsconfig.json"), "utf8");
const SELF = readFileSync(__filename, "utf8");

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: filename.endsWith(".tsx") ? "tsx" : "ts",
      format: "cjs",
      target: "node20",
      // Jest's module registry runs CommonJS: import() becomes require() as TypeScript's commonjs output has it.
      supported: { "dynamic-import": false },
      sourcemap: "external",
      sourcefile: filename,
      tsconfigRaw: TSCONFIG,
    });
    return { code, map };
  },
  getCacheKey(source, filename, { configString }) {
    return createHash("sha256").update(`${version}\0${SELF}\0${TSCONFIG}\0${configString}\0${filename}\0${source}`).digest("hex");
  },
};
