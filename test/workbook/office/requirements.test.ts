import { readFileSync } from "node:fs";
import path from "node:path";
import {
  checkRequirements,
  EXCEL_API,
  FEATURE_SETS,
  missingFeatures,
} from "../../../src/workbook/office/requirements";
import { FakeExcel } from "../../helpers/fakeExcel";
import { ROOT } from "../../helpers/cli";

describe("checkRequirements", () => {
  it("lets a new enough Excel through", () => {
    const requirements = { isSetSupported: jest.fn(() => true) };
    checkRequirements(requirements, "sv");
    expect(requirements.isSetSupported).toHaveBeenCalledWith("ExcelApi", EXCEL_API);
  });

  it("stops an older Excel with a message the user can act on", () => {
    expect(() => checkRequirements({ isSetSupported: () => false }, "sv")).toThrow(
      /^Fördela behöver Excel med ExcelApi 1\.6 eller senare/,
    );
  });

  it("declares the same set in the manifest", () => {
    const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    expect(manifest).toContain(`<Set Name="ExcelApi" MinVersion="${EXCEL_API}"/>`);
  });

  it.each([
    ["1.8", ["staging", "pageLayout", "oneUndo"]],
    ["1.12", ["oneUndo"]],
  ])("finds the features an Excel with ExcelApi %s lacks", (version, features) => {
    const excel = new FakeExcel();
    excel.excelApi = version;
    expect(missingFeatures(excel.requirements).map((m) => m.feature)).toEqual(features);
  });

  it("asks for nothing newer than the manifest's minimum without a feature to turn off", () => {
    // Every set above the minimum is one a feature is gated on (and the sheet tag, which falls back to a name).
    const gated = new Set([...FEATURE_SETS.map((f) => f.set), "1.12"]);
    const source = readFileSync(path.join(ROOT, "src/workbook/office/requirements.ts"), "utf8");
    const declared = [...source.matchAll(/export const \w+_API = "(1\.\d+)"/g)].map((m) => m[1]);
    expect(declared.filter((v) => v !== EXCEL_API && !gated.has(v ?? ""))).toEqual([]);
  });
});
