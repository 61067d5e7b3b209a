/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // jsdom tests also load node-side helpers (exceljs): resolve packages as node does, not their browser builds.
  testEnvironmentOptions: { customExportConditions: ["node", "require", "default"] },
  roots: ["<rootDir>/test"],
  globalSetup: "<rootDir>/test/helpers/build-cli.js",
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/helpers/office-app-shim.ts" },
  testTimeout: 60000,
};
