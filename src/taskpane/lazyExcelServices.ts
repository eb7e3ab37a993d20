import type { WorkbookServices } from "../contracts/workbookServices";
import type { Language } from "../contracts/language";

/**
 * Excel's workbook services, loaded on first use: the Office.js writer and
 * the model store are a chunk of their own, off the first paint.
 *
 * @example
 * const services = lazyExcelServices("sv");
 */
export function lazyExcelServices(language: Language): WorkbookServices {
  let loaded: Promise<WorkbookServices> | undefined;
  const load = () =>
    (loaded ??= import(/* webpackChunkName: "excel" */ "../workbook/office/excelServices").then((m) =>
      m.excelServices(language),
    ));
  return {
    inExcel: true,
    missingFeatures: async () => (await load()).missingFeatures(),
    write: async (spec, how) => (await load()).write(spec, how),
    models: {
      list: async () => (await load()).models.list(),
      read: async (idOrName) => (await load()).models.read(idOrName),
      save: async (draft) => (await load()).models.save(draft),
      rename: async (id, name, counter) => (await load()).models.rename(id, name, counter),
      setOptions: async (id, options, counter) => (await load()).models.setOptions(id, options, counter),
      duplicate: async (id, name) => (await load()).models.duplicate(id, name),
      remove: async (id, counter) => (await load()).models.remove(id, counter),
    },
    prepareModels: async () => (await load()).prepareModels(),
    watchModels: async (listener) => (await load()).watchModels(listener),
    watchEdits: async (sheet, listener) => (await load()).watchEdits(sheet, listener),
    readCell: async (sheet, address) => (await load()).readCell(sheet, address),
    writeCell: async (sheet, address, value) => (await load()).writeCell(sheet, address, value),
    selectCell: async (address) => (await load()).selectCell(address),
    readSelection: async () => (await load()).readSelection(),
    readTable: async (name) => (await load()).readTable(name),
    listTables: async () => (await load()).listTables(),
  };
}
