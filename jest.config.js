/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // The sources are typechecked for a bundler; jest runs them as CommonJS.
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: { module: "commonjs", moduleResolution: "node10", jsx: "react-jsx" },
        diagnostics: { warnOnly: false },
      },
    ],
  },
  testTimeout: 60000,
  setupFiles: ["<rootDir>/test/setup/jsdom.ts"],
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js" },
};
