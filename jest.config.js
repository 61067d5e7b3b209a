const shared = {
  testEnvironment: "node",
  // jsdom tests also load node-side helpers (exceljs): resolve packages as node does, not their browser builds.
  testEnvironmentOptions: { customExportConditions: ["node", "require", "default"] },
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.tsx?$": "<rootDir>/test/helpers/esbuild-transform.js" },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/helpers/office-app-shim.ts" },
};

/**
 * Two projects, both run by `npm test`: `slow` drives Chromium, LibreOffice or the webpack dev server; `fast` is the
 * rest (core, hosts, pane logic, the command line in-process). `npx jest --selectProjects fast` while working.
 */
/** @type {import('jest').Config} */
module.exports = {
  // The smoke test runs the command line as people do, through its bundle: built from the sources under test first.
  globalSetup: "<rootDir>/test/helpers/build-cli.js",
  testTimeout: 60000,
  // One worker per core: jest's default keeps a core for its own process, which on two cores runs every file in turn.
  maxWorkers: "100%",
  testSequencer: "<rootDir>/test/helpers/sequencer.js",
  projects: [
    {
      ...shared,
      displayName: "fast",
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "/test/browser/", "/test/devserver\\.test\\.ts$", "libreoffice\\.test\\.ts$"],
    },
    {
      ...shared,
      displayName: "slow",
      testMatch: ["<rootDir>/test/browser/**/*.test.ts", "<rootDir>/test/devserver.test.ts", "**/*libreoffice.test.ts"],
    },
  ],
};
