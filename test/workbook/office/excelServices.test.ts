import { excelServices } from "../../../src/workbook/office/excelServices";
import * as writer from "../../../src/workbook/office/writeToExcel";
import { FakeExcel, installExcelEnums } from "../../helpers/fakeExcel";

/** Puts a stand-in Office and Excel in place, supporting ExcelApi up to 1.`minor`. */
function install(minor: number) {
  installExcelEnums();
  const excel = new FakeExcel();
  const run = jest.fn((...args: Parameters<typeof excel.run>) => excel.run(...args));
  Object.assign((globalThis as Record<string, unknown>).Excel as object, { run });
  excel.excelApi = `1.${minor}`;
  (globalThis as Record<string, unknown>).Office = { context: { requirements: excel.requirements } };
  return { run, excel };
}

describe("excelServices", () => {
  it("makes a write one undo step where Excel can (ExcelApi 1.20)", async () => {
    const { run } = install(20);
    await excelServices("sv").write({ sheets: [] });
    expect(run.mock.calls[0]?.[0]).toEqual({ mergeUndoGroup: true, delayForCellEdit: true });
  });

  it("runs a write without an undo group on an older Excel, waiting while the user edits a cell", async () => {
    const { run } = install(7);
    await excelServices("sv").write({ sheets: [] });
    expect(run.mock.calls[0]?.[0]).toEqual({ delayForCellEdit: true });
  });

  it("never saves a model inside an undo group, where Excel cannot undo making the store sheet", async () => {
    const { run, excel } = install(20);
    const models = excelServices("sv").models;
    const saved = await models.save({ name: "Turism", text: "{}", counter: 0 });
    // Turning "Räkna om automatiskt" saves the model too: never in an undo group either.
    if (saved.kind === "saved") await models.setOptions(saved.entry.id, { autoRun: false }, 1);
    expect([saved.kind, run.mock.calls.every((call) => call.length === 1), excel.refusedInUndoGroup]).toEqual(
      ["saved", true, []],
    );
  });

  it("hears of changes to the stored models only where Excel has change events (ExcelApi 1.7)", async () => {
    const { run } = install(6);
    await (
      await excelServices("sv").watchModels(() => undefined)
    )();
    expect(run).not.toHaveBeenCalled();
  });

  it.each([
    [9, true],
    [8, false],
  ])(
    "stages a write of more than one request only where Excel has Range.copyFrom (ExcelApi 1.%i)",
    async (minor, canStage) => {
      install(minor);
      const write = jest
        .spyOn(writer, "writeToExcel")
        .mockResolvedValue({ syncs: 0, payloadBytes: 0, sheets: [] });
      await excelServices("sv").write({ sheets: [] });
      expect(write.mock.calls[0]?.[2]).toMatchObject({ canStage });
      write.mockRestore();
    },
  );

  it("says which features an Excel without change events (ExcelApi 1.6) lacks, and listens to nothing", async () => {
    const { run } = install(6);
    const services = excelServices("sv");
    const stop = await services.watchEdits("Indata", () => undefined);
    await stop();
    expect([
      run.mock.calls.length,
      (await services.missingFeatures()).map((m) => `${m.feature} ${m.set}`),
    ]).toEqual([
      0,
      [
        "liveRecompute 1.7",
        "coauthorRefresh 1.7",
        "savedBy 1.7",
        "freeze 1.7",
        "staging 1.9",
        "pageLayout 1.9",
        "oneUndo 1.20",
      ],
    ]);
  });

  it("lacks no feature on an Excel with ExcelApi 1.20", async () => {
    install(20);
    expect(await excelServices("sv").missingFeatures()).toEqual([]);
  });
});
