import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { workbookStore } from "../../../src/workbook/office/workbookModels";
import { OWNED_SETTING } from "../../../src/workbook/office/ownedSheets";
import { LEGACY_PREFIX } from "../../../src/workbook/store/legacySettings";
import { ROOT } from "../../helpers/cli";
import { FakeExcel, installExcelEnums } from "../../helpers/fakeExcel";

installExcelEnums();

/** Every source file of the add-in, with its text. */
function sources(dir = path.join(ROOT, "src")): { file: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name)
      ? [{ file: path.relative(ROOT, full), text: readFileSync(full, "utf8") }]
      : [];
  });
}

describe("the workbook's settings", () => {
  it("are reached for models only by the one-time move out of them", () => {
    const legacy = sources()
      .filter(({ text }) => text.includes("LEGACY_PREFIX") || text.includes("fordela.store."))
      .map(({ file }) => file);
    expect(legacy.sort()).toEqual([
      "src/workbook/office/workbookModels.ts",
      "src/workbook/store/legacySettings.ts",
    ]);
  });

  it("are touched by nothing else but the record of owned sheets, whose key is no model's", () => {
    const users = sources()
      .filter(({ text }) => /\.settings\b/.test(text.replace(/^\s*(\/\/|\*).*$/gm, "")))
      .map(({ file }) => file);
    expect([users.sort(), OWNED_SETTING.startsWith(LEGACY_PREFIX)]).toEqual([
      [
        "src/workbook/office/sheetOwnership.ts",
        "src/workbook/office/workbookModels.ts",
        "src/workbook/office/writeToExcel.ts",
      ],
      false,
    ]);
  });

  it("hold no model the store lists: a model left in them is not read but by the move", async () => {
    const excel = new FakeExcel();
    excel.settings.set(`${LEGACY_PREFIX}index`, '["Gammal"]');
    excel.settings.set(`${LEGACY_PREFIX}0`, '{"format":"fordela/1","name":"Gammal","lines":{}}');
    const store = workbookStore(excel.run, { language: "sv", canTellAuthor: true });
    await store.save({ name: "Ny", text: "{}", counter: 0 });
    expect((await store.list()).models.map((m) => m.name)).toEqual(["Ny"]);
  });
});
