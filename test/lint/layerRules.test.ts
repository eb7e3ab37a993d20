import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

/**
 * The layer rules in eslint.config.mjs can fail: ESLint, with the project's
 * config, is run over files that each break one rule (and files that keep
 * them), laid out as in src/.
 */
const ROOT = resolve(__dirname, "../..");

/** A function `lines` long, braces included (as max-lines-per-function counts). */
function longFunction(lines: number): string {
  const body = Array.from({ length: lines - 4 }, (_, i) => `  total += ${i};`).join("\n");
  return `export function long(): number {\n  let total = 0;\n${body}\n  return total;\n}\n`;
}

/** Each fixture: where it sits, what it holds, and the rule it must break (none: it must pass). */
const FIXTURES: readonly { path: string; code: string; rule: string | null }[] = [
  {
    path: "src/engine/a.ts",
    code: 'export { App } from "../taskpane/App";\n',
    rule: "no-restricted-imports",
  },
  {
    path: "src/contracts/a.ts",
    code: 'export type { SheetSpec } from "../workbook/description/types";\n',
    rule: "no-restricted-imports",
  },
  { path: "src/contracts/b.ts", code: 'export type { Language } from "./language";\n', rule: null },
  {
    path: "src/workbook/render/a.ts",
    code: 'export { useState } from "react";\n',
    rule: "no-restricted-imports",
  },
  {
    path: "src/workbook/render/e.ts",
    code: 'export { useState } from "preact/compat";\n',
    rule: "no-restricted-imports",
  },
  {
    path: "src/workbook/render/b.ts",
    code: 'export { strings } from "../../taskpane/strings";\n',
    rule: "no-restricted-imports",
  },
  {
    path: "src/workbook/render/c.ts",
    code: 'export { main } from "../../cli/main";\n',
    rule: "no-restricted-imports",
  },
  {
    path: "src/workbook/render/d.ts",
    code: "export const host = () => Office.context;\n",
    rule: "no-restricted-globals",
  },
  { path: "src/workbook/office/a.ts", code: "export const host = () => Office.context;\n", rule: null },
  {
    path: "src/taskpane/a.ts",
    code: 'export { excelServices } from "../workbook/office/excelServices";\n',
    rule: "no-restricted-imports",
  },
  {
    path: "src/taskpane/b.ts",
    code: 'export const load = () => import("../workbook/office/excelServices");\n',
    rule: "no-restricted-syntax",
  },
  {
    path: "src/taskpane/lazyExcelServices.ts",
    code: 'export const load = () => import("../workbook/office/excelServices");\n',
    rule: null,
  },
  { path: "src/taskpane/c.ts", code: 'export { main } from "../cli/main";\n', rule: "no-restricted-imports" },
  {
    path: "src/taskpane/d.ts",
    code: "export const host = () => Excel.run;\n",
    rule: "no-restricted-globals",
  },
  {
    path: "src/taskpane/e.ts",
    code: 'export type { WorkbookServices } from "../contracts/workbookServices";\n',
    rule: null,
  },
  { path: "src/cli/a.ts", code: 'export { App } from "../taskpane/App";\n', rule: "no-restricted-imports" },
  {
    path: "src/functions/excel/a.ts",
    code: 'export { strings } from "../../taskpane/strings";\n',
    rule: "no-restricted-imports",
  },
  {
    path: "src/functions/a.ts",
    code: 'export { languageOf } from "../contracts/language";\n',
    rule: null,
  },
  { path: "src/cli/b.ts", code: 'export { createElement } from "react";\n', rule: "no-restricted-imports" },
  {
    path: "src/cli/c.ts",
    code: 'export { excelServices } from "../workbook/office/excelServices";\n',
    rule: "no-restricted-imports",
  },
  { path: "src/taskpane/long.ts", code: longFunction(61), rule: "max-lines-per-function" },
  { path: "src/taskpane/short.ts", code: longFunction(60), rule: null },
];

interface LintResult {
  readonly filePath: string;
  readonly messages: readonly { readonly ruleId: string | null }[];
}

/** ESLint's findings per fixture, by its path under src/. */
function lintFixtures(): Map<string, readonly (string | null)[]> {
  const dir = mkdtempSync(join(tmpdir(), "fordela-layers-"));
  try {
    for (const { path, code } of FIXTURES) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), code);
    }
    let output: string;
    try {
      output = execFileSync(
        process.execPath,
        [
          join(ROOT, "node_modules/eslint/bin/eslint.js"),
          "-c",
          join(ROOT, "eslint.config.mjs"),
          "-f",
          "json",
          "src",
        ],
        { cwd: dir, encoding: "utf8" },
      );
    } catch (error) {
      // ESLint exits with 1 when it finds errors, as it must here; its report is on stdout all the same.
      output = (error as { stdout: string }).stdout;
    }
    const results = JSON.parse(output) as LintResult[];
    return new Map(
      results.map((r) => [r.filePath.slice(dir.length + 1), r.messages.map((m) => m.ruleId)] as const),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the layer rules", () => {
  const found = lintFixtures();

  it.each(FIXTURES.filter((f) => f.rule !== null).map((f) => [f.path, f.rule] as const))(
    "%s breaks %s",
    (path, rule) => {
      expect(found.get(path)).toEqual([rule]);
    },
  );

  it.each(FIXTURES.filter((f) => f.rule === null).map((f) => [f.path]))("%s keeps them", (path) => {
    expect(found.get(path)).toEqual([]);
  });
});
