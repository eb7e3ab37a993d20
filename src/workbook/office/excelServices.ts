import type { WorkbookServices } from "../../contracts/workbookServices";
import type { Language } from "../render/labels";
import {
  checkRequirements,
  EVENTS_API,
  missingFeatures,
  FREEZE_API,
  PAGE_LAYOUT_API,
  STAGE_API,
  TAG_API,
  UNDO_API,
} from "./requirements";
import { readTable } from "./readTable";
import { moveFromSettings, watchStore, workbookStore } from "./workbookModels";
import { readCell, watchSheetEdits, writeCell } from "./sheetEdits";
import { writeToExcel, type ExcelRun } from "./writeToExcel";

// The services' interface is a contract the pane shares: it lives in src/contracts.
export type { WorkbookServices };

/**
 * The workbook services backed by Excel itself, through Office.js: the only
 * place the task pane reaches Excel.
 *
 * @example
 * const services = excelServices("sv"); // inside Office.onReady, in Excel
 */
export function excelServices(language: Language): WorkbookServices {
  // Where Excel can (ExcelApi 1.20), a whole write is one undo step: one Ctrl+Z takes all of it back.
  const oneUndo = Office.context.requirements.isSetSupported("ExcelApi", UNDO_API);
  // A write waits while the user is typing in a cell, rather than failing (a live re-run starts on its own).
  const run: ExcelRun = (batch) =>
    Excel.run(oneUndo ? { mergeUndoGroup: true, delayForCellEdit: true } : { delayForCellEdit: true }, batch);
  // The store's runs are plain: adding and hiding its sheet cannot be undone, and a save is no part of a write.
  const plain: ExcelRun = (batch) => Excel.run(batch);
  const supports = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);
  const models = workbookStore(plain, { language, canTellAuthor: supports(EVENTS_API) });
  return {
    inExcel: true,
    missingFeatures: async () => missingFeatures(Office.context.requirements),
    write: async (spec, how) => {
      checkRequirements(Office.context.requirements, language);
      return writeToExcel(spec, run, {
        language,
        canFreeze: Office.context.requirements.isSetSupported("ExcelApi", FREEZE_API),
        canStage: Office.context.requirements.isSetSupported("ExcelApi", STAGE_API),
        plainRun: plain,
        canLayOutPages: Office.context.requirements.isSetSupported("ExcelApi", PAGE_LAYOUT_API),
        canTag: supports(TAG_API),
        overwriteEdited: how?.overwriteEdited === true,
      });
    },
    models,
    prepareModels: () => moveFromSettings(plain, models, language),
    // Without ExcelApi 1.7 there are no change events: the list is read when the pane opens.
    watchModels: async (listener) =>
      supports(EVENTS_API) ? watchStore(plain, listener) : async () => undefined,
    watchEdits: async (sheet, listener) =>
      supports(EVENTS_API) ? watchSheetEdits(plain, sheet, listener) : async () => undefined,
    readCell: (sheet, address) => readCell(plain, sheet, address),
    writeCell: (sheet, address, value) => writeCell(plain, sheet, address, value),
    readSelection: () => readTable(run, { selection: true }),
    readTable: (name) => readTable(run, { table: name }),
    listTables: () =>
      run(async (context) => {
        const tables = context.workbook.tables;
        tables.load("items/name");
        await context.sync();
        return tables.items.map((t) => t.name);
      }),
    selectCell: (address) =>
      run(async (context) => {
        const [sheet = "", cell = ""] = address.replace(/'/g, "").split("!");
        context.workbook.worksheets.getItem(sheet).getRange(cell).select();
        await context.sync();
      }),
  };
}
