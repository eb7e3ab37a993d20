import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

/** Office.js's globals, reached only where the layers allow. */
const OFFICE_GLOBALS = [
  { name: "Office", message: "Office.js is called only in src/workbook/office (and the functions' excel/)." },
  { name: "Excel", message: "Office.js is called only in src/workbook/office (and the functions' excel/)." },
];

/** The pane's packages, which no layer below the pane imports. */
const UI_PACKAGES = [
  {
    group: ["react", "react-*", "react/*", "preact", "preact/*", "@fluentui/*"],
    message: "React (Preact in the add-in) and Fluent belong to the task pane.",
  },
  { group: ["office-*", "@microsoft/office-js"], message: "Office.js belongs to src/workbook/office." },
];

/** Any relative import of a folder of src (e.g. "../../taskpane/App"). */
function layer(folder) {
  return {
    regex: `^(\\.\\.?/)+(\\.\\./)*${folder}(/|$)`,
    message: `This layer does not import src/${folder}.`,
  };
}

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "coverage/", "test-artifacts/", "bench/results.json"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/load-object-before-read": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "react",
            "react-*",
            "preact",
            "preact/*",
            "@fluentui/*",
            "office-*",
            "*/workbook/*",
            "*/taskpane/*",
            "*/cli/*",
          ],
        },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "parseFloat"],
    },
  },
  {
    // Functions stay small enough to read at once (STYLE.md): components and hooks included.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    rules: {
      "max-lines-per-function": ["error", { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Office.js is reached only from the workbook layer's office/ folder and the worksheet functions' excel/
    // folder; the two entry pages wait for Office.onReady (and the pane reads Office's theme and language there).
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: [
      "src/workbook/office/**",
      "src/functions/excel/**",
      "src/taskpane/index.tsx",
      "src/commands/commands.ts",
    ],
    rules: { "no-restricted-globals": ["error", ...OFFICE_GLOBALS] },
  },
  {
    // The contracts the layers share import nothing but each other.
    files: ["src/contracts/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^(?!\\./)", message: "A contract imports only other contracts (./…)." }] },
      ],
    },
  },
  {
    // The workbook layer knows nothing of the pane, the command line or React.
    files: ["src/workbook/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...UI_PACKAGES, layer("taskpane"), layer("cli")] }],
    },
  },
  {
    // The pane reaches the Office layer only through its one lazy loader (a dynamic import, off the first paint),
    // and never the command line.
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [layer("cli"), layer("workbook/office")] }],
    },
  },
  {
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    ignores: ["src/taskpane/lazyExcelServices.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportExpression[source.value=/workbook\\/office\\//]",
          message: "The pane loads the Office layer only through lazyExcelServices.",
        },
      ],
    },
  },
  {
    // The command line uses the engine and the file writer: no pane, no React, no Office.
    files: ["src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [...UI_PACKAGES, layer("taskpane"), layer("workbook/office")] },
      ],
    },
  },
  {
    // The worksheet functions use the engine and the contracts: no pane, no command line, no React.
    files: ["src/functions/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...UI_PACKAGES, layer("taskpane"), layer("cli")] }],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
