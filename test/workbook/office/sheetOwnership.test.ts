import { readFileSync } from "node:fs";
import path from "node:path";
import { evaluateScenarios, parseJson } from "../../../src/engine";
import { renderWorkbook } from "../../../src/workbook/render/renderWorkbook";
import { EditedSheetsError } from "../../../src/workbook/office/EditedSheetsError";
import { cellsFingerprint, parseTag, tagFormula } from "../../../src/workbook/office/sheetTag";
import { writeToExcel } from "../../../src/workbook/office/writeToExcel";
import { EXAMPLES } from "../../helpers/cli";
import { FakeExcel, installExcelEnums } from "../../helpers/fakeExcel";

installExcelEnums();
const spec = renderWorkbook(
  evaluateScenarios(parseJson(readFileSync(path.join(EXAMPLES, "samordningsforbund.json"), "utf8"))),
);
const owned = spec.sheets.map((s) => s.name);
// With ExcelApi 1.12 (custom properties) and without it (a hidden sheet-scoped name).
const apis = [
  ["1.12, a custom property", { language: "sv" as const, canFreeze: true, canTag: true }],
  ["below 1.12, a sheet-scoped name", { language: "sv" as const, canFreeze: true, canTag: false }],
] as const;

describe.each(apis)("Fördela's sheets found by their tag (ExcelApi %s)", (_api, options) => {
  it("rewrites a renamed sheet of its own in place, under its new name", async () => {
    const excel = new FakeExcel();
    await writeToExcel(spec, excel.run, options);
    excel.userRename("Fördelning", "Fördelning 2025");
    excel.sheet("Fördelning 2025")?.cells.delete("5:1");
    await writeToExcel(spec, excel.run, { ...options, overwriteEdited: true });
    expect([excel.sheets.map((s) => s.name), excel.cell("Fördelning 2025", "B6")]).toEqual([
      owned.map((n) => (n === "Fördelning" ? "Fördelning 2025" : n)),
      4900000,
    ]);
  });

  it("leaves a user's sheet that took a Fördela sheet's name alone, and writes Fördela's renamed one", async () => {
    const excel = new FakeExcel(["Mitt blad"]);
    await writeToExcel(spec, excel.run, options);
    excel.userRename("Indata", "Fördelas indata");
    excel.userRename("Mitt blad", "Indata");
    excel.userEdit("Indata", "A1", "mina siffror");
    await writeToExcel(spec, excel.run, options);
    expect([excel.sheet("Indata")?.cells, excel.cell("Fördelas indata", "A1")]).toEqual([
      new Map([["0:0", "mina siffror"]]),
      excel.cell("Fördelning", "A1"),
    ]);
  });

  it("refuses a user's sheet called Indata before anything is written, staged or not", async () => {
    for (const canStage of [false, true]) {
      const excel = new FakeExcel(["Indata"]);
      excel.userEdit("Indata", "A1", "mina siffror");
      const write = writeToExcel(spec, excel.run, { ...options, canStage, chunkBytes: 2000 });
      await expect(write).rejects.toThrow(/^Arbetsboken har redan ett blad som heter "Indata"/);
      expect([excel.writes, excel.sheets.map((s) => s.name), excel.cell("Indata", "A1")]).toEqual([
        [],
        ["Indata"],
        "mina siffror",
      ]);
    }
  });

  it("asks before writing over what a user typed into Fördelning, and writes nothing until asked", async () => {
    const excel = new FakeExcel();
    await writeToExcel(spec, excel.run, options);
    excel.userEdit("Fördelning", "H20", "min anteckning");
    const writes = excel.writes.length;
    const refusal = await writeToExcel(spec, excel.run, options).catch((e: unknown) => e);
    expect([
      refusal instanceof EditedSheetsError && refusal.sheets,
      (refusal as Error).message,
      excel.writes.length,
      excel.cell("Fördelning", "H20"),
    ]).toEqual([
      ["Fördelning"],
      'Någon har ändrat i Fördelas blad "Fördelning" sedan Fördela skrev det. En ny körning skriver över ändringarna. Skriva över dem?',
      writes,
      "min anteckning",
    ]);
  });

  it("writes over the user's edit once the user agrees, and asks nothing on the next run", async () => {
    const excel = new FakeExcel();
    await writeToExcel(spec, excel.run, options);
    excel.userEdit("Fördelning", "B6", 1);
    await writeToExcel(spec, excel.run, { ...options, overwriteEdited: true });
    const again = await writeToExcel(spec, excel.run, options);
    expect([excel.cell("Fördelning", "B6"), again.syncs]).toEqual([4900000, 4]);
  });

  it("asks in English when Office speaks English", async () => {
    const excel = new FakeExcel();
    await writeToExcel(spec, excel.run, options);
    excel.userEdit("Summering", "A1", "");
    await expect(writeToExcel(spec, excel.run, { ...options, language: "en" })).rejects.toThrow(
      /^Someone has changed Fördela's sheet "Summering" since Fördela wrote it\./,
    );
  });
});

describe("the tag itself", () => {
  it("is a custom property with ExcelApi 1.12, a hidden sheet-scoped name without", async () => {
    const withProperties = new FakeExcel();
    await writeToExcel(spec, withProperties.run, apis[0][1]);
    const withNames = new FakeExcel();
    await writeToExcel(spec, withNames.run, apis[1][1]);
    await writeToExcel(spec, withNames.run, apis[1][1]);
    const indata = (excel: FakeExcel) => excel.sheet("Indata");
    expect([
      parseTag(indata(withProperties)?.properties.get("Fordela"))?.role,
      indata(withProperties)?.names.size,
      parseTag(indata(withNames)?.names.get("Fordela_blad")?.formula)?.role,
      indata(withNames)?.names.get("Fordela_blad")?.visible,
      indata(withNames)?.properties.size,
    ]).toEqual(["Indata", 0, "Indata", false, 0]);
  });

  it("reads back from a name's formula, quotes and all", () => {
    const tag = { role: 'Blad "x"', fingerprint: "00ff" };
    expect(parseTag(tagFormula(tag))).toEqual(tag);
  });

  it("is no tag when it is someone else's text", () => {
    expect([parseTag("Indata"), parseTag(7), parseTag("fordela1||Indata")]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe("the fingerprint of a sheet's cells", () => {
  it("reads numbers written as text and a formula's letter case as Excel gives them back", () => {
    expect(cellsFingerprint([["5", "=round(A1,0)", ""]])).toBe(cellsFingerprint([[5, "=ROUND(A1,0)"]]));
  });

  it("sees a value moved to another cell", () => {
    expect(cellsFingerprint([["a", ""]])).not.toBe(cellsFingerprint([["", "a"]]));
  });

  it("places a used range that starts below A1", () => {
    expect(cellsFingerprint([["a"]], 2, 1)).toBe(
      cellsFingerprint([
        ["", ""],
        ["", ""],
        ["", "a"],
      ]),
    );
  });
});
