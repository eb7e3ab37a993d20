import { readFileSync } from "node:fs";
import path from "node:path";
import { evaluateScenarios, resultDocument } from "../../../src/engine";
import { parseModelJson } from "../../../src/engine/json/modelJson";
import { liveRecompute } from "../../../src/workbook/live/liveRecompute";
import { readCell, watchSheetEdits, writeCell } from "../../../src/workbook/office/sheetEdits";
import { writeToExcel } from "../../../src/workbook/office/writeToExcel";
import { renderWorkbook } from "../../../src/workbook/render/renderWorkbook";
import { EXAMPLES } from "../../helpers/cli";
import { FakeExcel, installExcelEnums } from "../../helpers/fakeExcel";

installExcelEnums();
const turism = readFileSync(path.join(EXAMPLES, "turism.json"), "utf8");
const options = { language: "sv" as const, canFreeze: true };
const write = (excel: FakeExcel, text: string) =>
  writeToExcel(renderWorkbook(evaluateScenarios(parseModelJson(text))), excel.run, options);

/** A pane in `excel` with live recompute on, over the stand-in; runs what it schedules when `flush` is called. */
async function pane(excel: FakeExcel, auto = true) {
  let text = turism;
  let waiting: (() => void) | undefined;
  const state = { reruns: 0, refusals: [] as string[], remote: 0 };
  const live = liveRecompute({
    language: "sv",
    enabled: () => auto,
    text: () => text,
    setText: (next) => (text = next),
    readCell: (sheet, address) => readCell(excel.run, sheet, address),
    restoreCell: (sheet, address, value) => writeCell(excel.run, sheet, address, value),
    refuse: (message) => state.refusals.push(message),
    rerun: async () => {
      state.reruns++;
      await write(excel, text);
    },
    remote: () => state.remote++,
    schedule: (run) => (waiting = run),
  });
  await watchSheetEdits(excel.run, "Indata", (edit) => void live.onEdit(edit));
  const flush = async () => {
    await excel.settle();
    const run = waiting;
    waiting = undefined;
    run?.();
    await excel.settle();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await excel.settle();
  };
  return { state, flush, text: () => text };
}

/** The address of a party's rounding adjustment in Fördelning (column E of its row). */
function adjustmentOf(excel: FakeExcel, party: string): string {
  for (let row = 1; row < 60; row++) if (excel.cell("Fördelning", `A${row}`) === party) return `E${row}`;
  throw new Error(`${party} has no row in Fördelning`);
}

const fordelningWrites = (excel: FakeExcel) =>
  excel.writes.filter((w) => w.sheet === "Fördelning" && w.what === "formulas").length;

describe("live recompute of key values edited in Indata", () => {
  it("reads a Local edit back into the model, re-runs once and writes once", async () => {
    const excel = new FakeExcel();
    await write(excel, turism);
    const { state, flush, text } = await pane(excel);
    const before = fordelningWrites(excel);
    excel.userEdit("Indata", "D10", 6000);
    await flush();
    await flush();
    expect([state.reruns, fordelningWrites(excel) - before, excel.cell("Indata", "D10")]).toEqual([
      1, 1, 6000,
    ]);
    expect(text()).toMatch(/"2305": 6000\b/);
  });

  it("writes nothing for a co-author's edit (Remote): it only refreshes the pane", async () => {
    const anna = new FakeExcel();
    await write(anna, turism);
    const bertil = anna.coauthor();
    const { state, flush } = await pane(anna);
    const before = anna.writes.length;
    bertil.userEdit("Indata", "D10", 6000);
    await flush();
    expect([state.reruns, state.remote, anna.writes.length - before]).toEqual([0, 1, 0]);
  });

  it("refuses a value that is not a number on its cell and puts the model's value back", async () => {
    const excel = new FakeExcel();
    await write(excel, turism);
    const { state, flush, text } = await pane(excel);
    excel.userEdit("Indata", "D10", "många");
    await flush();
    expect([excel.cell("Indata", "D10"), state.reruns, text()]).toEqual([6035, 0, turism]);
    expect(state.refusals).toEqual([
      "Indata!D10: ett nyckelvärde måste vara ett tal; cellen har fått tillbaka modellens värde",
    ]);
  });

  it("refuses a value the model refuses, with the model's reason", async () => {
    const excel = new FakeExcel();
    await write(excel, turism);
    const { state, flush } = await pane(excel);
    excel.userEdit("Indata", "D10", -5);
    await flush();
    expect([excel.cell("Indata", "D10"), state.reruns, state.refusals[0]]).toEqual([
      6035,
      0,
      expect.stringMatching(/^Indata!D10: keys\.folkmangd\.values\.2305: /),
    ]);
  });

  it("is not set off by its own writes", async () => {
    const excel = new FakeExcel();
    await write(excel, turism);
    const { state, flush } = await pane(excel);
    await write(excel, turism);
    await flush();
    expect(state.reruns).toBe(0);
  });

  it('reads nothing back and writes nothing while "Räkna om automatiskt" is off', async () => {
    const excel = new FakeExcel();
    await write(excel, turism);
    const { state, flush, text } = await pane(excel, false);
    const before = excel.writes.length;
    excel.userEdit("Indata", "D10", 6000);
    excel.userEdit("Indata", "H8", 6600000);
    await flush();
    expect([state.reruns, excel.writes.length - before, text()]).toEqual([0, 0, turism]);
  });

  it("leaves cells outside the key table alone", async () => {
    const excel = new FakeExcel();
    await write(excel, turism);
    const { state, flush, text } = await pane(excel);
    excel.userEdit("Indata", "A1", "Min rubrik");
    await flush();
    expect([state.reruns, state.refusals, text()]).toEqual([0, [], turism]);
  });
});

describe("live recompute of line amounts edited in Indata", () => {
  // Turism's two keys are in D and E; its line's amount is beside the table, in H8.
  it("reads a Local edit back into the model, re-runs once and writes once", async () => {
    const excel = new FakeExcel();
    await write(excel, turism);
    const { state, flush, text } = await pane(excel);
    const before = fordelningWrites(excel);
    excel.userEdit("Indata", "H8", 6600000);
    await flush();
    await flush();
    expect([state.reruns, fordelningWrites(excel) - before, state.refusals]).toEqual([1, 1, []]);
    expect([excel.cell("Indata", "H8"), excel.cell("Fördelning", "B6")]).toEqual([6600000, "=Indata!$H$8"]);
    expect(text()).toMatch(/"amount": "6600000"/);
  });

  it("rewrites the adjustments so that the parts add up to the new amount", async () => {
    const excel = new FakeExcel();
    await write(excel, turism);
    const { flush } = await pane(excel);
    const amounts = () => excel.writes.filter((w) => w.sheet === "Fördelning").length;
    const written = amounts();
    excel.userEdit("Indata", "H8", 6600000);
    await flush();
    await flush();
    const result = resultDocument(
      evaluateScenarios(parseModelJson(turism.replace('"6500000"', '"6600000"'))),
    );
    const ragunda = result.results[0]?.parties.find((p) => p.id === "2303")?.lines.basfinansiering;
    expect([amounts() > written, excel.cell("Fördelning", adjustmentOf(excel, "Ragunda"))]).toEqual([
      true,
      Number(ragunda?.adjustment),
    ]);
  });

  it("refuses an amount that is not a whole rounding unit on its cell, naming the cell, and puts the model's back", async () => {
    const excel = new FakeExcel();
    await write(excel, turism);
    const { state, flush, text } = await pane(excel);
    excel.userEdit("Indata", "H8", 6500050);
    await flush();
    expect([excel.cell("Indata", "H8"), state.reruns, text()]).toEqual([6500000, 0, turism]);
    expect(state.refusals[0]).toMatch(
      /^Indata!H8: lines\.basfinansiering\.amount: .*cellen har fått tillbaka modellens värde$/,
    );
  });

  it("refuses an amount that is not a number on its cell and puts the model's back", async () => {
    const excel = new FakeExcel();
    await write(excel, turism);
    const { state, flush } = await pane(excel);
    excel.userEdit("Indata", "H8", "sex miljoner");
    await flush();
    expect([excel.cell("Indata", "H8"), state.reruns, state.refusals]).toEqual([
      6500000,
      0,
      ["Indata!H8: ett belopp måste vara ett tal; cellen har fått tillbaka modellens värde"],
    ]);
  });

  it("writes nothing for a co-author's edit of an amount (Remote)", async () => {
    const anna = new FakeExcel();
    await write(anna, turism);
    const bertil = anna.coauthor();
    const { state, flush, text } = await pane(anna);
    const before = anna.writes.length;
    bertil.userEdit("Indata", "H8", 6600000);
    await flush();
    expect([state.reruns, state.remote, anna.writes.length - before, text()]).toEqual([0, 1, 0, turism]);
  });
});
