import { parseJson } from "../../../src/engine";
import { STORE_SHEET } from "../../../src/workbook/office/storeSheet";
import { moveFromSettings, watchStore, workbookStore } from "../../../src/workbook/office/workbookModels";
import type { ModelStore } from "../../../src/workbook/store/modelStore";
import { FakeExcel, installExcelEnums } from "../../helpers/fakeExcel";

installExcelEnums();

const turism = '{"format":"fordela/1","name":"Turism","lines":{"a":{"amount":"12345678901234567890.01"}}}';
const storeOf = (excel: FakeExcel) => workbookStore(excel.run, { language: "sv", canTellAuthor: true });

/** A model's text of more than 2 MB, with numbers no binary double holds. */
function bigModel(): string {
  const parties: string[] = [];
  const values: string[] = [];
  for (let i = 0; i < 30_000; i++) {
    parties.push(`{"id":"p${i}","name":"Part \\"${i}\\""}`);
    values.push(`"p${i}":${i + 1}1234567890123456789.0${i % 10}`);
  }
  return `{"format":"fordela/1","name":"Stor","parties":[${parties.join(",")}],"keys":{"k":{"values":{${values.join(",")}}}}}`;
}

async function savedId(store: ModelStore, name: string, text: string): Promise<string> {
  const outcome = await store.save({ name, text, counter: 0 });
  if (outcome.kind !== "saved") throw new Error("not saved");
  return outcome.entry.id;
}

describe("models in the workbook's store sheet", () => {
  it("are kept in a very hidden sheet that is made in a run of its own, outside any undo group", async () => {
    const excel = new FakeExcel(["Blad1"]);
    await savedId(storeOf(excel), "Turism", turism);
    const made = excel.writes.find((w) => w.what === "visibility");
    expect([excel.sheet(STORE_SHEET)?.visibility, made?.address, excel.refusedInUndoGroup]).toEqual([
      "VeryHidden",
      "VeryHidden",
      [],
    ]);
  });

  it("travel with the workbook: a co-author reads them, and nothing goes to the settings", async () => {
    const anna = new FakeExcel();
    const bertil = anna.coauthor();
    const id = await savedId(storeOf(anna), "Turism", turism);
    expect([(await storeOf(bertil).read(id))?.text, anna.settings.size]).toEqual([turism, 0]);
  });

  it("carry their options to a co-author, in the store sheet's cells", async () => {
    const anna = new FakeExcel();
    const bertil = anna.coauthor();
    const id = await savedId(storeOf(anna), "Turism", turism);
    await storeOf(anna).setOptions(id, { autoRun: false }, 1);
    expect([(await storeOf(bertil).read(id))?.options, anna.settings.size]).toEqual([{ autoRun: false }, 0]);
  });

  it("say who saved, where Office tells", async () => {
    const excel = new FakeExcel([], undefined, "Cecilia Ceder");
    await savedId(storeOf(excel), "Turism", turism);
    expect((await storeOf(excel).list()).models[0]?.savedBy).toBe("Cecilia Ceder");
  });

  it("save a model bigger than 2 MB in requests within Excel's limit and read it back digit for digit", async () => {
    const excel = new FakeExcel();
    const text = bigModel();
    const id = await savedId(storeOf(excel), "Stor", text);
    const back = (await storeOf(excel).read(id))?.text ?? "";
    const parsed = parseJson(back) as { keys: { k: { values: Record<string, { text: string }> } } };
    expect([text.length > 2_000_000, back === text, parsed.keys.k.values.p29999?.text]).toEqual([
      true,
      true,
      "300001234567890123456789.09",
    ]);
    expect(Math.max(...excel.requestChars)).toBeLessThan(5_000_000);
  });

  it("of two co-authors saving different models at the same moment lose neither", async () => {
    const anna = new FakeExcel();
    const bertil = anna.coauthor();
    await Promise.all([savedId(storeOf(anna), "Turism", turism), savedId(storeOf(bertil), "Nämnd", "{}")]);
    const listed = (await storeOf(anna).list()).models.map((m) => m.name);
    expect([listed, (await storeOf(bertil).read("Turism"))?.text]).toEqual([["Nämnd", "Turism"], turism]);
  });

  it("of two co-authors saving the same model give the later one the choice, and keep the first", async () => {
    const anna = new FakeExcel();
    const bertil = anna.coauthor();
    const id = await savedId(storeOf(anna), "Turism", turism);
    await storeOf(anna).save({ id, name: "Turism", text: "annas", counter: 1 });
    const second = await storeOf(bertil).save({ id, name: "Turism", text: "bertils", counter: 1 });
    expect(second).toEqual({
      kind: "conflict",
      theirs: expect.objectContaining({ counter: 2, savedBy: "Anna Andersson" }),
    });
    expect((await storeOf(bertil).read(id))?.text).toBe("annas");
  });

  it("of two co-authors saving the same model at the same moment keep one and give the other the choice", async () => {
    const anna = new FakeExcel();
    const bertil = anna.coauthor();
    const id = await savedId(storeOf(anna), "Turism", turism);
    const outcomes = await Promise.all([
      storeOf(anna).save({ id, name: "Turism", text: "annas", counter: 1 }),
      storeOf(bertil).save({ id, name: "Turism", text: "bertils", counter: 1 }),
    ]);
    const saved = outcomes.find((o) => o.kind === "saved");
    const kept = (await storeOf(anna).read(id))?.text;
    expect([outcomes.map((o) => o.kind).sort(), kept === "annas" || kept === "bertils"]).toEqual([
      ["conflict", "saved"],
      true,
    ]);
    expect(saved?.kind === "saved" && saved.entry.counter).toBe(2);
  });

  it("are moved once from the settings an earlier Fördela kept them in, digit for digit", async () => {
    const excel = new FakeExcel();
    const envelope = `{"version":1,"document":${turism}}`;
    excel.settings.set(
      "fordela.store.index",
      '{"version":1,"models":[{"name":"Turism","savedAt":"2026","pieces":2}]}',
    );
    excel.settings.set("fordela.store.0.0", envelope.slice(0, 20));
    excel.settings.set("fordela.store.0.1", envelope.slice(20));
    excel.settings.set("someone.else", "kept");
    const store = storeOf(excel);
    const problems = await moveFromSettings(excel.run, store, "sv");
    await moveFromSettings(excel.run, store, "sv");
    expect([problems, (await store.list()).models.length, (await store.read("Turism"))?.text]).toEqual([
      [],
      1,
      turism,
    ]);
    expect([...excel.settings.keys()]).toEqual(["someone.else"]);
  });

  it("are left in the settings, and reported, when one cannot be read", async () => {
    const excel = new FakeExcel();
    excel.settings.set(
      "fordela.store.index",
      '{"version":1,"models":[{"name":"Trasig","savedAt":"","pieces":1}]}',
    );
    excel.settings.set("fordela.store.0.0", "{trasig");
    const problems = await moveFromSettings(excel.run, storeOf(excel), "sv");
    expect([problems.map((p) => p.name), excel.settings.size]).toEqual([["Trasig"], 2]);
  });

  it("tell this pane (Local) and a co-author's (Remote) when they change", async () => {
    const anna = new FakeExcel();
    const bertil = anna.coauthor();
    const heard: string[] = [];
    await watchStore(anna.run, (source) => heard.push(`anna ${source}`));
    await watchStore(bertil.run, (source) => heard.push(`bertil ${source}`));
    await savedId(storeOf(anna), "Turism", turism);
    await anna.settle();
    expect(new Set(heard)).toEqual(new Set(["anna Local", "bertil Remote"]));
  });
});
