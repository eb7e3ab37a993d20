import type { WorkbookServices } from "../workbook/office/excelServices";
import type { Language } from "../workbook/render/labels";

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
    write: async (spec) => (await load()).write(spec),
    loadModels: async () => (await load()).loadModels(),
    saveModels: async (models) => (await load()).saveModels(models),
    selectCell: async (address) => (await load()).selectCell(address),
    readSelection: async () => (await load()).readSelection(),
    readTable: async (name) => (await load()).readTable(name),
    listTables: async () => (await load()).listTables(),
  };
}
