/** Browser tests: the built pane in Debian's Chromium, driven by playwright-core. */
/** @type {import('jest').Config} */
module.exports = {
  ...require("./jest.config.js"),
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  testTimeout: 120000,
};
