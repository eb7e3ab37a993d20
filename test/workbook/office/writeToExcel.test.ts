import { readFileSync } from "node:fs";
import path from "node:path";
import { evaluateScenarios, parseJson } from "../../../src/engine";
import { renderWorkbook } from "../../../src/workbook/render/renderWorkbook";
import { OWNED_SETTING, readOwned } from "../../../src/workbook/office/ownedSheets";
import { writeToExcel } from "../../../src/workbook/office/writeToExcel";
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
  it("writes every sheet of a new workbook in three syncs", async () => {
    const excel = new FakeExcel(["Blad1"]);
    const report = await writeToExcel(spec, excel.run, options);
    expect([report.syncs, excel.syncs, excel.sheets.map((s) => s.name)]).toEqual([3, 3, ["Blad1", ...owned]]);
  });

  it("writes formulas as formulas and amounts as numbers", async () => {
    const excel = new FakeExcel();
    await writeToExcel(spec, excel.run, options);
    expect([excel.cell("Fördelning", "B6"), excel.cell("Fördelning", "F11")]).toEqual([
      4900000,
      "=ROUND(D11+E11,0)",
    ]);
  });

  it("tags the sheets it owns and keeps no sheet names in the workbook's settings", async () => {
    const excel = new FakeExcel();
    await writeToExcel(spec, excel.run, options);
    expect([userOwned(excel), readOwned(excel.settings.get(OWNED_SETTING))]).toEqual([owned, []]);
  });

  it("rewrites its own sheets in place on a re-run, in four syncs (one reads them for the user's edits), without doubling tables or charts", async () => {
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
    ]).toEqual([4, spec.sheets.length, 1, 1, 2]);
  });

  it("refuses a user's sheet of the same name before writing anything", async () => {
    const excel = new FakeExcel(["Indata"]);
    excel.sheet("Indata")?.cells.set("0:0", "mina siffror");
    await expect(writeToExcel(spec, excel.run, options)).rejects.toThrow(
      new Error(
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

  it("freezes the heading rows only where Excel can", async () => {
    const excel = new FakeExcel();
    await writeToExcel(spec, excel.run, { ...options, canFreeze: false });
    expect(excel.writes.filter((w) => w.what === "freeze")).toEqual([]);
  });

  it("writes the national-scale model in one request of cell data, first run and re-run alike", async () => {
    const excel = new FakeExcel();
    const national = renderWorkbook(evaluateScenarios(nationalModel()));
    const staging = { ...options, canStage: true };
    const first = await writeToExcel(national, excel.run, staging);
    const again = await writeToExcel(national, excel.run, staging);
    expect([first.syncs, again.syncs]).toEqual([3, 4]);
    expect(again.payloadBytes).toBeLessThan(4_000_000);
  });
});

describe("a write of more than one request", () => {
  const large = { ...options, canStage: true, chunkBytes: 2000 };
  const contents = (excel: FakeExcel) =>
    visible(excel).map((s) => ({ name: s.name, hidden: s.hidden, cells: s.cells, formats: s.formats }));
  const written = async (...names: string[]) => {
    const excel = new FakeExcel(names);
    await writeToExcel(spec, excel.run, options);
    return excel;
  };

  it("is sent in chunks that each stay under the request limit", async () => {
    const excel = new FakeExcel();
    const report = await writeToExcel(spec, excel.run, large);
    expect(report.syncs).toBeGreaterThan(3);
    expect(excel.writes.filter((w) => w.what === "formulas").length).toBeGreaterThan(spec.sheets.length);
  });

  it("is staged in hidden sheets and copied into place by the last request", async () => {
    const excel = await written("Budget");
    const before = excel.syncs;
    await writeToExcel(spec, excel.run, large);
    const copies = excel.writes.filter((w) => w.what === "copyFrom");
    const staged = excel.writes.filter((w) => w.what === "visibility").map((w) => w.sheet);
    expect(copies.map((w) => w.sheet)).toEqual(owned);
    expect(new Set(copies.map((w) => w.afterSyncs))).toEqual(new Set([excel.syncs - 1]));
    expect(staged).toHaveLength(owned.length);
    expect(
      excel.writes.filter((w) => w.what === "formulas" && w.afterSyncs >= before).map((w) => w.sheet),
    ).toEqual(expect.arrayContaining(staged));
  });

  it("leaves the same sheets, cells and record as a write in one request", async () => {
    const direct = await written("Budget");
    const staged = await written("Budget");
    await writeToExcel(spec, direct.run, options);
    await writeToExcel(spec, staged.run, large);
    expect([contents(staged), userOwned(staged)]).toEqual([contents(direct), userOwned(direct)]);
  });

  it("leaves the workbook as it was when a request fails half-way", async () => {
    const excel = await written("Budget");
    const before = copyOfState(excel);
    excel.failAtSyncs = [excel.syncs + 7];
    await expect(writeToExcel(spec, excel.run, large)).rejects.toThrow(
      new Error(
        "Skrivningen till arbetsboken avbröts (the connection to Excel was lost). Inget av den lämnades kvar: arbetsboken är som före körningen. Kör igen.",
      ),
    );
    expect(copyOfState(excel)).toEqual(before);
  });

  it("leaves no sheet behind when the first write to a workbook fails", async () => {
    const excel = new FakeExcel(["Blad1"]);
    excel.failAtSyncs = [6];
    await expect(writeToExcel(spec, excel.run, large)).rejects.toThrow(/avbröts/);
    expect([visible(excel).map((s) => s.name), userOwned(excel)]).toEqual([["Blad1"], []]);
  });

  it("clears staging sheets a failed clean-up left full, at the next staged write", async () => {
    const excel = await written();
    // The write fails, and so does the clean-up's first request.
    excel.failAtSyncs = [excel.syncs + 8, excel.syncs + 9];
    await expect(writeToExcel(spec, excel.run, large)).rejects.toThrow(/avbröts/);
    expect(staging(excel).some((s) => s.cells.size > 0)).toBe(true);
    await writeToExcel(spec, excel.run, large);
    expect([
      visible(excel).map((s) => s.name),
      userOwned(excel),
      staging(excel).every((s) => s.cells.size === 0),
    ]).toEqual([owned, owned, true]);
  });

  it("makes and hides its staging sheets in a run of its own, so a write in one undo group calls nothing Excel refuses there", async () => {
    const excel = await written("Budget");
    const undoRun: typeof excel.run = (...args) => excel.run({ mergeUndoGroup: true }, args.at(-1) as never);
    const plainRun: typeof excel.run = (...args) => excel.run(args.at(-1) as never);
    await writeToExcel(spec, undoRun, { ...large, plainRun });
    await writeToExcel(spec, undoRun, { ...large, plainRun });
    expect([excel.refusedInUndoGroup, staging(excel).map((s) => s.visibility)]).toEqual([
      [],
      owned.map(() => "VeryHidden"),
    ]);
  });

  it("is refused by the stand-in when staging sheets would be made inside the undo group", async () => {
    const excel = await written("Budget");
    const undoRun: typeof excel.run = (...args) => excel.run({ mergeUndoGroup: true }, args.at(-1) as never);
    await expect(writeToExcel(spec, undoRun, large)).rejects.toThrow(/cannot be undone/);
  });

  it("is one request without ExcelApi 1.9, as desktop Excel has no 5 MB limit", async () => {
    const excel = new FakeExcel();
    const report = await writeToExcel(spec, excel.run, { ...large, canStage: false });
    expect([report.syncs, excel.writes.filter((w) => w.what === "formulas").length]).toEqual([
      3,
      owned.length,
    ]);
  });

  it("says so when its last request, the swap, fails, and deletes the staging sheets", async () => {
    const counted = await written();
    const before = counted.syncs;
    await writeToExcel(spec, counted.run, large);
    const excel = await written();
    excel.failAtSyncs = [excel.syncs + counted.syncs - before];
    await expect(writeToExcel(spec, excel.run, large)).rejects.toThrow(
      /^Skrivningen till arbetsboken avbröts i sista steget \(the connection to Excel was lost\)\. Några av Fördelas blad/,
    );
    expect([visible(excel).map((s) => s.name), userOwned(excel)]).toEqual([owned, owned]);
  });

  it("says in English that it was cut off", async () => {
    const excel = await written();
    excel.failAtSyncs = [excel.syncs + 7];
    await expect(writeToExcel(spec, excel.run, { ...large, language: "en" })).rejects.toThrow(
      /^Writing to the workbook was cut off \(the connection to Excel was lost\)\. Nothing of it was left behind/,
    );
  });
});

/** The sheets a user can see or unhide: all but Fördela's very hidden ones. */
function visible(excel: FakeExcel) {
  return excel.sheets.filter((s) => s.visibility !== "VeryHidden");
}

/** Fördela's very hidden staging sheets. */
function staging(excel: FakeExcel) {
  return excel.sheets.filter((s) => s.name.startsWith("~Fördela"));
}

/** The owned sheets the user sees (tagged, or recorded by an interrupted write), without the staging sheets. */
function userOwned(excel: FakeExcel) {
  const recorded = readOwned(excel.settings.get(OWNED_SETTING));
  return visible(excel)
    .filter((s) => s.properties.has("Fordela") || s.names.has("Fordela_blad") || recorded.includes(s.name))
    .map((s) => s.name);
}

/** Every visible sheet's name, visibility, cells, formats, live tables and charts, and the owned sheets. */
function copyOfState(excel: FakeExcel) {
  return {
    sheets: visible(excel).map((s) => ({
      name: s.name,
      hidden: s.hidden,
      cells: new Map(s.cells),
      formats: new Map(s.formats),
      tables: s.tables.filter((t) => !t.deleted).map((t) => t.name),
      charts: s.charts.filter((c) => !c.deleted).length,
    })),
    owned: userOwned(excel),
    staged: staging(excel).every((s) => s.cells.size === 0),
  };
}
