/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/tests/stubs/office-addin-manifest.js" },
  testTimeout: 60000,
  // under CI (env CI) a skipped test fails the run (tests/prerequisites.ts says why a test skips)
  reporters: ["default", "<rootDir>/tests/no-skip-in-ci.js"],
};
