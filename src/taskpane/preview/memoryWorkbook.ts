import { columnLetters } from "../../workbook/description/address";
import type { WorkbookSpec } from "../../workbook/description/types";
import type { WorkbookServices } from "../../contracts/workbookServices";
import type { Language } from "../../contracts/language";
import type { SheetEdit } from "../../workbook/live/liveRecompute";
import { memoryStoreSheet, type MemoryStoreSheet } from "../../workbook/store/memoryStoreSheet";
import { modelStore } from "../../workbook/store/modelStore";

/** The preview's workbook: the sheets last written and the store sheet's rows, in memory. */
export interface MemoryWorkbook extends WorkbookServices {
  readonly sheets: () => WorkbookSpec | undefined;
  readonly selected: () => string | undefined;
  /** The very hidden store sheet, as in Excel: one row per piece of a saved model. */
  readonly storeSheet: MemoryStoreSheet;
  /** The user types a value into a cell of the preview's grid: the change is heard as a Local edit. */
  readonly editCell: (sheet: string, address: string, value: unknown) => void;
  /** A cell's value as the preview shows it: what was typed since the last write, else what was written. */
  readonly cellValue: (sheet: string, address: string) => unknown;
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
  // What was typed into the grid since the last write, by "Sheet!A1".
  const typed = new Map<string, unknown>();
  const editListeners = new Set<(edit: SheetEdit) => void>();
  const cellValue = (sheet: string, address: string): unknown => {
    const key = `${sheet}!${address}`;
    if (typed.has(key)) return typed.get(key);
    const cell = written?.sheets
      .find((s) => s.name === sheet)
      ?.cells.find((c) => `${columnLetters(c.col)}${c.row + 1}` === address);
    return cell?.formula ?? cell?.value ?? "";
  };
  return {
    inExcel: false,
    // The preview has every feature: it is no Excel of an older version.
    missingFeatures: async () => [],
    sheets: () => written,
    selected: () => selection,
    storeSheet,
    editCell: (sheet, address, value) => {
      typed.set(`${sheet}!${address}`, value);
      onChange();
      editListeners.forEach((l) => l({ source: "Local", byFordela: false, sheet, address }));
    },
    cellValue,
    watchEdits: async (_sheet, listener) => {
      editListeners.add(listener);
      return async () => void editListeners.delete(listener);
    },
    readCell: async (sheet, address) => cellValue(sheet, address),
    writeCell: async (sheet, address, value) => {
      typed.set(`${sheet}!${address}`, value);
      onChange();
    },
    write: async (spec) => {
      typed.clear();
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
