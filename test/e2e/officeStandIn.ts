/**
 * Loaded in the browser in place of office.js (test code only): an Office
 * that says the pane runs in Excel, and an Excel whose run() works on the
 * recording in-memory stand-in, so the real writer runs unchanged.
 */
import { FakeExcel, installExcelEnums } from "../helpers/fakeExcel";

const excel = new FakeExcel(["Blad1"]);
installExcelEnums();
const globals = window as unknown as Record<string, unknown>;
Object.assign(globals.Excel as object, { run: excel.run });
globals.__fakeExcel = excel;
globals.Office = {
  HostType: { Excel: "Excel" },
  context: { displayLanguage: "sv-SE", requirements: { isSetSupported: () => true }, officeTheme: undefined },
  onReady: (callback?: (info: { host: string; platform: string }) => void) => {
    const info = { host: "Excel", platform: "OfficeOnline" };
    callback?.(info);
    return Promise.resolve(info);
  },
};
