import { readFileSync } from "node:fs";
import path from "node:path";
import { evaluateScenarios, parseJson } from "../../../src/engine";
import { renderWorkbook } from "../../../src/workbook/render/renderWorkbook";
import { OWNED_SETTING } from "../../../src/workbook/office/ownedSheets";
import { writeToExcel } from "../../../src/workbook/office/writeToExcel";
import { WorkbookError } from "../../../src/workbook/office/WorkbookError";
import { nationalModel } from "../../../bench/nationalModel";
import { EXAMPLES } from "../../helpers/cli";
import { FakeExcel, installExcelEnums } from "../../helpers/fakeExcel";

installExcelEnums();
const example = (name: string) =>
  evaluateScenarios(parseJson(readFileSync(path.join(EXAMPLES, name), "utf8")));
const spec = renderWorkbook(example("samordningsforbund.json"));
const options = { language: "sv" as const, canFreeze: true };
const owned = spec.sheets.map((s) => s.name);

describe("writeToExcel", () => {
  it("writes every sheet of a new workbook in two syncs", async () => {
    const excel = new FakeExcel(["Blad1"]);
    const report = await writeToExcel(spec, excel.run, options);
    expect([report.syncs, excel.syncs, excel.sheets.map((s) => s.name)]).toEqual([2, 2, ["Blad1", ...owned]]);
  });

  it("writes formulas as formulas and amounts as numbers", async () => {
    const excel = new FakeExcel();
    await writeToExcel(spec, excel.run, options);
    expect([excel.cell("Fördelning", "B6"), excel.cell("Fördelning", "F11")]).toEqual([
      4900000,
      "=ROUND(D11+E11,0)",
    ]);
  });

  it("records the sheets it owns in the workbook's settings", async () => {
    const excel = new FakeExcel();
    await writeToExcel(spec, excel.run, options);
    expect(JSON.parse(excel.settings.get(OWNED_SETTING) ?? "{}")).toEqual({ version: 1, sheets: owned });
  });

  it("rewrites its own sheets in place on a re-run, in three syncs, without doubling tables or charts", async () => {
    const excel = new FakeExcel();
    await writeToExcel(spec, excel.run, options);
    const again = await writeToExcel(spec, excel.run, options);
    const live = (name: string) => excel.sheet(name)?.tables.filter((t) => !t.deleted).length;
    expect([
      again.syncs,
      excel.sheets.length,
      live("Fördelning"),
      excel.sheet("Scenarier")?.charts.filter((c) => !c.deleted).length,
      excel.sheet("Jämförelse")?.charts.filter((c) => !c.deleted).length,
    ]).toEqual([3, spec.sheets.length, 1, 1, 2]);
  });

  it("refuses a user's sheet of the same name before writing anything", async () => {
    const excel = new FakeExcel(["Indata"]);
    excel.sheet("Indata")?.cells.set("0:0", "mina siffror");
    await expect(writeToExcel(spec, excel.run, options)).rejects.toThrow(
      new WorkbookError(
        'Arbetsboken har redan ett blad som heter "Indata" och som Fördela inte har skrivit. Byt namn på bladet och kör igen; Fördela skriver aldrig över dina egna blad.',
      ),
    );
    expect([excel.writes, excel.cell("Indata", "A1")]).toEqual([[], "mina siffror"]);
  });

  it("says so in English when Office speaks English", async () => {
    const excel = new FakeExcel(["Indata"]);
    await expect(writeToExcel(spec, excel.run, { ...options, language: "en" })).rejects.toThrow(
      /already has a sheet called "Indata"/,
    );
  });

  it("never writes to a sheet it does not own", async () => {
    const excel = new FakeExcel(["Budget", "Noter"]);
    await writeToExcel(spec, excel.run, options);
    await writeToExcel(spec, excel.run, options);
    const touched = new Set(excel.writes.map((w) => w.sheet));
    expect([...touched].sort()).toEqual([...owned, "(settings)"].sort());
  });

  it("suspends calculation before it writes", async () => {
    const excel = new FakeExcel();
    await writeToExcel(spec, excel.run, options);
    const firstWrite = excel.writes.find((w) => w.what === "formulas")?.afterSyncs;
    expect(excel.suspendedAtSync).toContain(firstWrite);
  });

  it("writes text that looks like a formula as text", async () => {
    const document = JSON.parse(readFileSync(path.join(EXAMPLES, "turism.json"), "utf8")) as {
      parties: { name: string }[];
    };
    (document.parties[0] as { name: string }).name = '=HYPERLINK("http://x")';
    const excel = new FakeExcel();
    await writeToExcel(renderWorkbook(evaluateScenarios(document)), excel.run, options);
    expect(excel.cell("Indata", "B8")).toBe('\'=HYPERLINK("http://x")');
  });

  it("splits cell data into chunks that each stay under the request limit", async () => {
    const excel = new FakeExcel();
    const report = await writeToExcel(spec, excel.run, { ...options, chunkBytes: 2000 });
    expect(report.syncs).toBeGreaterThan(3);
    expect(excel.writes.filter((w) => w.what === "formulas").length).toBeGreaterThan(spec.sheets.length);
  });

  it("freezes the heading rows only where Excel can", async () => {
    const excel = new FakeExcel();
    await writeToExcel(spec, excel.run, { ...options, canFreeze: false });
    expect(excel.writes.filter((w) => w.what === "freeze")).toEqual([]);
  });

  it("writes the national-scale model in at most three syncs, each request under 5 MB", async () => {
    const excel = new FakeExcel();
    const national = renderWorkbook(evaluateScenarios(nationalModel()));
    const report = await writeToExcel(national, excel.run, options);
    expect(report.syncs).toBeLessThanOrEqual(3);
    expect(report.payloadBytes / report.syncs).toBeLessThan(5_000_000);
  });
});
