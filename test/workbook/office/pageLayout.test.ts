import { readFileSync } from "node:fs";
import path from "node:path";
import { evaluateScenarios, parseJson } from "../../../src/engine";
import { renderWorkbook } from "../../../src/workbook/render/renderWorkbook";
import { writeToExcel } from "../../../src/workbook/office/writeToExcel";
import { EXAMPLES } from "../../helpers/cli";
import { FakeExcel, installExcelEnums } from "../../helpers/fakeExcel";

installExcelEnums();
const spec = renderWorkbook(
  evaluateScenarios(parseJson(readFileSync(path.join(EXAMPLES, "gemensam-namnd.json"), "utf8"))),
);
const withLayout = { language: "sv" as const, canFreeze: true, canLayOutPages: true };

async function written(options: typeof withLayout | { language: "sv"; canFreeze: true }): Promise<FakeExcel> {
  const excel = new FakeExcel();
  await writeToExcel(spec, excel.run, options);
  return excel;
}

describe("the Office.js writer's page setup (ExcelApi 1.9)", () => {
  it("sets every sheet up for A4, one page wide, in the orientation its description gives", async () => {
    const excel = await written(withLayout);
    expect(
      spec.sheets.map((s) => [
        excel.sheet(s.name)?.page.get("paperSize"),
        excel.sheet(s.name)?.page.get("orientation"),
        excel.sheet(s.name)?.page.get("zoom"),
      ]),
    ).toEqual(
      spec.sheets.map((s) => [
        "A4",
        s.page?.orientation === "landscape" ? "Landscape" : "Portrait",
        { horizontalFitToPages: 1, verticalFitToPages: 0 },
      ]),
    );
  });

  it("writes the model in the header and the page of the pages in the footer", async () => {
    const page = (await written(withLayout)).sheet("Summering")?.page;
    expect([page?.get("leftHeader"), page?.get("rightHeader"), page?.get("rightFooter")]).toEqual([
      "Gemensam nämnd för IT-drift och gemensamma tjänster 2025",
      "Summering · Grundmodell",
      "Sida &P av &N",
    ]);
  });

  it("repeats the table's headings on every page and prints only the document's columns", async () => {
    const page = (await written(withLayout)).sheet("Jämförelse")?.page;
    const jamforelse = spec.sheets.find((s) => s.name === "Jämförelse");
    const header = (jamforelse?.tables[0]?.row ?? 0) + 1;
    expect([page?.get("printTitleRows"), String(page?.get("printArea")).replace(/\d+$/, "")]).toEqual([
      `$${header}:$${header}`,
      "A1:K",
    ]);
  });

  it("starts each line's table of Fördelning on a page of its own", async () => {
    const excel = await written(withLayout);
    const fordelning = spec.sheets.find((s) => s.name === "Fördelning");
    const lines = fordelning?.tables.length ?? 0;
    expect([lines > 1, excel.sheet("Fördelning")?.pageBreaks.length]).toEqual([true, lines - 1]);
  });

  it("leaves the page setup alone on an Excel without ExcelApi 1.9, and still merges and wraps the notes", async () => {
    const excel = await written({ language: "sv", canFreeze: true });
    const what = new Set(excel.writes.map((w) => w.what));
    expect([
      excel.sheets.every((s) => s.page.size === 0 && s.pageBreaks.length === 0),
      what.has("merge"),
      what.has("format.wrapText"),
      what.has("format.rowHeight"),
    ]).toEqual([true, true, true, true]);
  });

  it("clears merges, row heights and page breaks before rewriting its own sheets", async () => {
    const excel = await written(withLayout);
    const before = excel.writes.length;
    await writeToExcel(spec, excel.run, withLayout);
    const cleared = excel.writes
      .slice(before)
      .filter((w) => w.sheet === "Fördelning")
      .map((w) => w.what);
    expect(
      ["unmerge", "format.useStandardHeight", "remove page breaks"].every((w) => cleared.includes(w)),
    ).toBe(true);
  });
});
