import { readFileSync } from "node:fs";
import path from "node:path";
import { checkRequirements, EXCEL_API } from "../../../src/workbook/office/requirements";
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
});
