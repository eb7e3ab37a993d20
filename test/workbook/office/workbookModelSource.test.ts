import { saveModels } from "../../../src/workbook/office/workbookModels";
import { workbookModelSource } from "../../../src/workbook/office/workbookModelSource";
import type { ExcelRun } from "../../../src/workbook/office/writeToExcel";
import { FakeExcel } from "../../helpers/fakeExcel";

const doc = { format: "fordela/1", name: "Turism" };

/** A request context with only what the change signal uses: the settings' changed event. */
function eventStandIn() {
  const handlers: (() => Promise<void>)[] = [];
  let syncs = 0;
  const run: ExcelRun = async (batch) =>
    batch({
      workbook: { settings: { onSettingsChanged: { add: (h: () => Promise<void>) => handlers.push(h) } } },
      sync: async () => void syncs++,
    } as unknown as Excel.RequestContext);
  return { run, handlers, syncs: () => syncs };
}

describe("workbookModelSource: the stored models as FÖRDELA.MODELL reads them", () => {
  it("reads a model saved in the workbook by its name", async () => {
    const excel = new FakeExcel();
    await saveModels(excel.run, [{ name: "Turism", savedAt: "2026-12-04", document: doc }]);
    expect(await workbookModelSource(excel.run, "sv").read("Turism")).toEqual({ found: true, document: doc });
  });

  it("names the models there are when the name is not among them", async () => {
    const excel = new FakeExcel();
    await saveModels(excel.run, [{ name: "Turism", savedAt: "2026-12-04", document: doc }]);
    expect(await workbookModelSource(excel.run, "sv").read("Bidrag")).toEqual({
      found: false,
      names: ["Turism"],
    });
  });

  it("says why when the store cannot be read", async () => {
    const excel = new FakeExcel();
    excel.settings.set("fordela.store.index", "{broken");
    const lookup = await workbookModelSource(excel.run, "en").read("Turism");
    expect(lookup).toEqual({ found: false, names: [], problem: expect.stringContaining("damaged") });
  });

  it("registers Excel's settings-changed event once and calls every listener until it stops", async () => {
    const excel = eventStandIn();
    const source = workbookModelSource(excel.run, "sv");
    const calls: string[] = [];
    const stopA = source.onChange(() => calls.push("a"));
    source.onChange(() => calls.push("b"));
    await excel.handlers[0]?.();
    stopA();
    await excel.handlers[0]?.();
    expect([excel.handlers.length, excel.syncs(), calls]).toEqual([1, 1, ["a", "b", "b"]]);
  });
});
