import { build } from "esbuild";
import path from "path";

/** office-stand-in.ts and what it imports, as one IIFE script for the page (what office.js would be). */
export async function bundleOfficeStandIn(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(__dirname, "office-stand-in.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}
