import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig([
  globalIgnores(["dist/", "build/", "node_modules/", "coverage/", "out/", "test-artifacts/"]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // The task pane runs in the browser (Office's web view); office.js provides the Office and Excel globals.
    // The web page (src/web) runs in any browser and shares the pane's components.
    files: ["src/taskpane/**/*.{ts,tsx}", "src/web/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, Office: "readonly", Excel: "readonly" } },
  },
  {
    files: ["src/**/*.{ts,tsx}", "test/**/*.{ts,tsx}", "bench/**/*.ts", "*.ts"],
    ignores: ["src/taskpane/**", "src/web/**"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["test/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.jest } },
  },
  {
    // CommonJS configuration files and scripts (webpack.config.js, jest.config.js, scripts/*.js, bin/*.js).
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: { ...globals.node } },
  },
]);
