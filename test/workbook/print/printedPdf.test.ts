import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { evaluateScenarios } from "../../../src/engine";
import { readModelFile } from "../../../src/cli/readModelFile";
import { writeWorkbookFile } from "../../../src/cli/writeWorkbookFile";
import { EXAMPLES, ROOT, runCli } from "../../helpers/cli";
import { printToPdf, type Printed } from "../../helpers/libreoffice";

// The workbooks as a council prints them: LibreOffice in a Swedish locale
// turns them into PDF; the pages are counted and searched for "###", which
// a column too narrow for its number shows. The PDFs are kept under
// test-artifacts/ to be looked at.

const dir = mkdtempSync(path.join(tmpdir(), "fordela-print-"));
const artifacts = path.join(ROOT, "test-artifacts", "print");
let turism: Printed;
let statements: Printed[] = [];
let demo: Printed;

function keep(printed: Printed, name: string): void {
  mkdirSync(artifacts, { recursive: true });
  copyFileSync(printed.file, path.join(artifacts, name));
}

beforeAll(async () => {
  const workbook = path.join(dir, "turism.xlsx");
  if ((await runCli("run", path.join(EXAMPLES, "turism.json"), "--out", workbook)).code !== 0)
    throw new Error("fordela run failed");
  turism = printToPdf(workbook);
  keep(turism, "turism.pdf");
  const out = path.join(dir, "statements");
  if ((await runCli("export", path.join(EXAMPLES, "gemensam-namnd.json"), "--out-dir", out)).code !== 0)
    throw new Error("fordela export failed");
  statements = readdirSync(out)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => printToPdf(path.join(out, f)));
  statements.forEach((s) => keep(s, `statement-${path.basename(s.file)}`));
  const all = readdirSync(EXAMPLES).filter((f) => f.endsWith(".json"));
  const parts = all.map((f) => ({
    tag: f.replace(/\.json$/, ""),
    evaluations: evaluateScenarios(readModelFile(path.join(EXAMPLES, f))),
  }));
  await writeWorkbookFile(path.join(dir, "demo.xlsx"), parts, "sv");
  demo = printToPdf(path.join(dir, "demo.xlsx"));
  keep(demo, "demo.pdf");
}, 600_000);

describe("printed on A4 by LibreOffice in Swedish", () => {
  it("prints the tourism workbook on at most 8 pages", () => {
    expect(turism.pages).toBeLessThanOrEqual(8);
  });

  it("shows every number of the tourism workbook, never ###", () => {
    expect(turism.text).not.toContain("###");
  });

  it("shows the numbers the Swedish way", () => {
    expect(turism.text).toMatch(/6\u00a0500\u00a0000 kr|6 500 000 kr/);
  });

  it("puts the model in the header and the page of the pages in the footer", () => {
    expect([
      turism.text.includes("Basfinansiering av Jämtland Härjedalen Turism 2025"),
      /Sida 1 av \d/.test(turism.text),
    ]).toEqual([true, true]);
  });

  it("shows every number of the demo workbook (every example), never ###", () => {
    expect(demo.text).not.toContain("###");
  });

  it("prints each party's statement on exactly one page", () => {
    expect(statements.map((s) => s.pages)).toEqual(statements.map(() => 1));
  });

  it("shows every number of every statement, never ###", () => {
    expect(statements.filter((s) => s.text.includes("###")).map((s) => s.file)).toEqual([]);
  });
});
