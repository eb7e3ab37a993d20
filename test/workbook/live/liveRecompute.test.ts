import { readFileSync } from "node:fs";
import path from "node:path";
import { evaluateScenarios } from "../../../src/engine";
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
async function pane(excel: FakeExcel) {
  let text = turism;
  let waiting: (() => void) | undefined;
  const state = { reruns: 0, refusals: [] as string[], remote: 0 };
  const live = liveRecompute({
    language: "sv",
    enabled: () => true,
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

  it("leaves cells outside the key table alone", async () => {
    const excel = new FakeExcel();
    await write(excel, turism);
    const { state, flush, text } = await pane(excel);
    excel.userEdit("Indata", "A1", "Min rubrik");
    await flush();
    expect([state.reruns, state.refusals, text()]).toEqual([0, [], turism]);
  });
});
