import type { WorkbookSpec } from "../../workbook/description/types";
import type { WorkbookServices } from "../../workbook/office/excelServices";
import type { StoredModel } from "../../workbook/store/modelStore";

/** The preview's workbook: the sheets last written and the models saved, in memory. */
export interface MemoryWorkbook extends WorkbookServices {
  readonly sheets: () => WorkbookSpec | undefined;
  readonly selected: () => string | undefined;
}

/**
 * A workbook in memory for trying the pane outside Excel: writes keep the
 * sheet description (the preview shows it), models are kept for the session.
 *
 * @example
 * const workbook = memoryWorkbook(() => render());
 */
export function memoryWorkbook(onChange: () => void): MemoryWorkbook {
  let written: WorkbookSpec | undefined;
  let stored: StoredModel[] = [];
  let selection: string | undefined;
  return {
    inExcel: false,
    sheets: () => written,
    selected: () => selection,
    write: async (spec) => {
      written = spec;
      onChange();
      return { syncs: 0, payloadBytes: 0, sheets: spec.sheets.map((s) => s.name) };
    },
    loadModels: async () => ({ models: stored, problems: [] }),
    saveModels: async (models) => {
      stored = [...models];
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
