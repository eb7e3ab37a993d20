import type { WorkbookSpec } from "../../workbook/description/types";
import type { WorkbookServices } from "../../workbook/office/excelServices";
import type { Language } from "../../workbook/render/labels";
import { memoryStoreSheet, type MemoryStoreSheet } from "../../workbook/store/memoryStoreSheet";
import { modelStore } from "../../workbook/store/modelStore";

/** The preview's workbook: the sheets last written and the store sheet's rows, in memory. */
export interface MemoryWorkbook extends WorkbookServices {
  readonly sheets: () => WorkbookSpec | undefined;
  readonly selected: () => string | undefined;
  /** The very hidden store sheet, as in Excel: one row per piece of a saved model. */
  readonly storeSheet: MemoryStoreSheet;
}

/**
 * A workbook in memory for trying the pane outside Excel: writes keep the
 * sheet description (the preview shows it); models are kept for the session
 * in the same rows as Excel's very hidden store sheet.
 *
 * @example
 * const workbook = memoryWorkbook(() => render());
 */
export function memoryWorkbook(onChange: () => void, language: Language = "sv"): MemoryWorkbook {
  let written: WorkbookSpec | undefined;
  let selection: string | undefined;
  const storeSheet = memoryStoreSheet();
  return {
    inExcel: false,
    sheets: () => written,
    selected: () => selection,
    storeSheet,
    write: async (spec) => {
      written = spec;
      onChange();
      return { syncs: 0, payloadBytes: 0, sheets: spec.sheets.map((s) => s.name) };
    },
    models: modelStore(storeSheet, { language }),
    prepareModels: async () => [],
    watchModels: async (listener) => {
      const stop = storeSheet.onChange(() => listener("Local"));
      return async () => void stop();
    },
    listTables: async () => [],
    readTable: async () => {
      throw new Error("there are no Excel tables outside Excel");
    },
    readSelection: async () => {
      throw new Error("there is no selection outside Excel");
    },
    selectCell: async (address) => {
      selection = address;
      onChange();
    },
  };
}
