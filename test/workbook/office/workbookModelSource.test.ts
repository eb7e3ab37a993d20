import { JsonNumber } from "../../../src/engine";
import { workbookModelSource } from "../../../src/workbook/office/workbookModelSource";
import { workbookStore } from "../../../src/workbook/office/workbookModels";
import { FakeExcel, installExcelEnums } from "../../helpers/fakeExcel";

installExcelEnums();
const text = '{"format": "fordela/1", "name": "Turism", "total": 12345678901234567890.01}';
const save = (excel: FakeExcel, name: string) =>
  workbookStore(excel.run, { language: "sv", canTellAuthor: false }).save({ name, text, counter: 0 });

describe("workbookModelSource: the stored models as FÖRDELA.MODELL reads them", () => {
  it("reads a model saved in the workbook by its name, its numbers digit for digit", async () => {
    const excel = new FakeExcel();
    await save(excel, "Turism");
    expect(await workbookModelSource(excel.run, "sv").read("Turism")).toEqual({
      found: true,
      document: { format: "fordela/1", name: "Turism", total: new JsonNumber("12345678901234567890.01") },
    });
  });

  it("names the models there are when the name is not among them", async () => {
    const excel = new FakeExcel();
    await save(excel, "Turism");
    expect(await workbookModelSource(excel.run, "sv").read("Bidrag")).toEqual({
      found: false,
      names: ["Turism"],
    });
  });

  it("says why when the store cannot be read", async () => {
    const excel = new FakeExcel();
    await save(excel, "Turism");
    excel.userEdit("Fördela modeller", "A1", "trasig");
    const lookup = await workbookModelSource(excel.run, "en").read("Turism");
    expect(lookup).toEqual({ found: false, names: [], problem: expect.stringContaining("cannot be read") });
  });

  it("calls every listener when a co-author saves a model, until it stops", async () => {
    const anna = new FakeExcel();
    const bertil = anna.coauthor();
    await save(anna, "Turism");
    const source = workbookModelSource(anna.run, "sv");
    const calls: string[] = [];
    const stopA = source.onChange(() => calls.push("a"));
    source.onChange(() => calls.push("b"));
    await anna.settle();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await save(bertil, "Nämnd");
    await anna.settle();
    stopA();
    const before = calls.length;
    await save(bertil, "Tredje");
    await anna.settle();
    expect([
      calls.slice(0, before).includes("a"),
      calls.slice(before).includes("a"),
      calls.includes("b"),
    ]).toEqual([true, false, true]);
  });
});
