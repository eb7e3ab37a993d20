import { WorkbookError } from "../../../src/workbook/office/WorkbookError";
import { memoryStoreSheet } from "../../../src/workbook/store/memoryStoreSheet";
import { modelStore } from "../../../src/workbook/store/modelStore";

const turism =
  '{"format": "fordela/1", "name": "Turism", "lines": {"a": {"amount": "1234567890123456789.01"}}}';

function setUp() {
  let ids = 0;
  const sheet = memoryStoreSheet("Anna");
  const store = modelStore(sheet, {
    language: "sv",
    now: () => "2026-12-04T20:00:00.000Z",
    randomId: () => `id${++ids}`,
  });
  return { sheet, store };
}

describe("the model store", () => {
  it("saves a model and reads it back exactly as it was given", async () => {
    const { store } = setUp();
    const saved = await store.save({ name: "Turism", text: turism, counter: 0 });
    const id = saved.kind === "saved" ? saved.entry.id : "";
    expect([(await store.read(id))?.text, (await store.read("Turism"))?.text]).toEqual([turism, turism]);
  });

  it("keeps several models, listed by name with when and by whom they were saved", async () => {
    const { store } = setUp();
    await store.save({ name: "Turism", text: turism, counter: 0 });
    await store.save({ name: "Samordning", text: "{}", counter: 0 });
    expect((await store.list()).models.map((m) => [m.name, m.counter, m.savedBy])).toEqual([
      ["Samordning", 1, "Anna"],
      ["Turism", 1, "Anna"],
    ]);
  });

  it("raises the counter on every save and clears the rows of older saves", async () => {
    const { store, sheet } = setUp();
    const first = await store.save({ name: "Turism", text: turism, counter: 0 });
    const id = first.kind === "saved" ? first.entry.id : "";
    const second = await store.save({ id, name: "Turism", text: "{}", counter: 1 });
    const used = sheet.rows().filter((r) => r.some((c) => c !== ""));
    expect([
      second.kind === "saved" && second.entry.counter,
      used.length,
      (await store.read(id))?.text,
    ]).toEqual([2, 1, "{}"]);
  });

  it("refuses to save over a newer save and says whose it is", async () => {
    const { store } = setUp();
    const first = await store.save({ name: "Turism", text: turism, counter: 0 });
    const id = first.kind === "saved" ? first.entry.id : "";
    await store.save({ id, name: "Turism", text: "{}", counter: 1 });
    const stale = await store.save({ id, name: "Turism", text: "mine", counter: 1 });
    expect(stale).toEqual({
      kind: "conflict",
      theirs: expect.objectContaining({ counter: 2, savedBy: "Anna" }),
    });
    expect((await store.read(id))?.text).toBe("{}");
  });

  it("renames, copies and deletes a model, each a save of its own", async () => {
    const { store } = setUp();
    const first = await store.save({ name: "Turism", text: turism, counter: 0 });
    const id = first.kind === "saved" ? first.entry.id : "";
    await store.rename(id, "Turism 2026", 1);
    await store.duplicate(id, "Turism kopia");
    await store.remove(id, 2);
    const { models } = await store.list();
    expect(models.map((m) => m.name)).toEqual(["Turism kopia"]);
    expect([(await store.read("Turism kopia"))?.text, await store.read(id)]).toEqual([turism, undefined]);
  });

  it("refuses a name another model has, and a blank name", async () => {
    const { store } = setUp();
    await store.save({ name: "Turism", text: turism, counter: 0 });
    await expect(store.save({ name: "Turism", text: "{}", counter: 0 })).rejects.toThrow(
      new Error('Det finns redan en modell som heter "Turism" i arbetsboken. Välj ett annat namn.'),
    );
    await expect(store.save({ name: " ", text: "{}", counter: 0 })).rejects.toThrow(WorkbookError);
  });

  it("reports rows of a newer store format by the model's name, and lists the rest", async () => {
    const { store, sheet } = setUp();
    await store.save({ name: "Turism", text: turism, counter: 0 });
    await sheet.writeRows(5, [["|m-x", "|Framtida", "|9", "|1", "|s", "|t", "|", "|0", "|1", "|{}"]]);
    const listing = await store.list();
    expect([listing.models.map((m) => m.name), listing.problems]).toEqual([
      ["Turism"],
      [
        {
          name: "Framtida",
          code: "newerStore",
          params: { format: 9 },
          reason:
            "sparad av en nyare version av Fördela (lagringsformat 9); uppdatera Fördela för att öppna den",
        },
      ],
    ]);
  });

  it("reports rows it cannot read, in English too, and leaves them alone", async () => {
    const sheet = memoryStoreSheet();
    await sheet.writeRows(0, [["någon skrev här"]]);
    const listing = await modelStore(sheet, { language: "en" }).list();
    expect([listing.problems[0]?.reason, sheet.rows()[0]?.[0]]).toEqual([
      "1 row of Fördela's model sheet cannot be read; it has been left in the workbook as it was",
      "någon skrev här",
    ]);
  });

  it("keep a model's options with it: saved, read back, and kept by a rename and a copy", async () => {
    const { store } = setUp();
    const saved = await store.save({ name: "Turism", text: turism, counter: 0, options: { autoRun: false } });
    const id = saved.kind === "saved" ? saved.entry.id : "";
    const renamed = await store.rename(id, "Turism 2026", 1);
    const copy = await store.duplicate(id, "Kopia");
    const copyId = copy.kind === "saved" ? copy.entry.id : "";
    expect([renamed.kind, (await store.read(id))?.options, (await store.read(copyId))?.options]).toEqual([
      "saved",
      { autoRun: false },
      { autoRun: false },
    ]);
  });

  it("give a model saved without options the default ones (automatic re-run on)", async () => {
    const { store, sheet } = setUp();
    const saved = await store.save({ name: "Turism", text: turism, counter: 0 });
    const id = saved.kind === "saved" ? saved.entry.id : "";
    // A row as a store without the options column left it: ten cells.
    await sheet.writeRows(0, [sheet.rows()[0]?.slice(0, 10) ?? []]);
    expect((await store.read(id))?.options).toEqual({ autoRun: true });
  });

  it("save new options with the model's stored text, raising its counter and checking it", async () => {
    const { store } = setUp();
    const saved = await store.save({ name: "Turism", text: turism, counter: 0 });
    const id = saved.kind === "saved" ? saved.entry.id : "";
    const set = await store.setOptions(id, { autoRun: false }, 1);
    const stale = await store.setOptions(id, { autoRun: true }, 1);
    const back = await store.read(id);
    expect([set.kind, stale.kind, back?.counter, back?.options, back?.text]).toEqual([
      "saved",
      "conflict",
      2,
      { autoRun: false },
      turism,
    ]);
  });
});
