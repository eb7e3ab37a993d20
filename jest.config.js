/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // Preact ships ES modules only: its files go through the same compiler to CommonJS.
    "/node_modules/preact/.+\\.m?js$": [
      "ts-jest",
      { tsconfig: { allowJs: true, module: "commonjs" }, diagnostics: false },
    ],
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
  transformIgnorePatterns: ["/node_modules/(?!preact/)"],
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
    // The pane's tests run on what the add-in ships (webpack.config.js): Preact's React-compatible layer,
    // with Testing Library's act() from Preact's test utilities.
    "^react$": "preact/compat",
    "^react-dom$": "preact/compat",
    "^react-dom/client$": "preact/compat/client",
    "^react-dom/test-utils$": "preact/test-utils",
    "^react/jsx-(dev-)?runtime$": "preact/compat/jsx-$1runtime",
    "^scheduler$": "preact/compat/scheduler",
  },
};
