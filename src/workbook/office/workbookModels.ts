import type { Language } from "../render/labels";
import {
  packModels,
  STORE_PREFIX,
  unpackModels,
  type StoredModel,
  type StoreProblem,
} from "../store/modelStore";
import type { ExcelRun } from "./writeToExcel";

/**
 * Reads the models stored in this workbook, so a colleague who opens the file
 * sees the same models and scenarios. One Excel.run, one sync.
 *
 * @example
 * const { models, problems } = await loadModels(Excel.run, "sv");
 */
export async function loadModels(
  run: ExcelRun,
  language: Language,
): Promise<{ models: StoredModel[]; problems: StoreProblem[] }> {
  return run(async (context) => {
    const settings = context.workbook.settings;
    settings.load("items/key, items/value");
    await context.sync();
    const ours = new Map(
      settings.items.filter((s) => s.key.startsWith(STORE_PREFIX)).map((s) => [s.key, String(s.value)]),
    );
    return unpackModels(ours, language);
  });
}

/**
 * Stores the models in the workbook's settings (in pieces well under
 * Excel's limits), replacing what Fördela stored before and touching no
 * other setting. One Excel.run, two syncs.
 *
 * @example
 * await saveModels(Excel.run, [{ name: "Turism 2025", savedAt: new Date().toISOString(), document }]);
 */
export async function saveModels(run: ExcelRun, models: readonly StoredModel[]): Promise<void> {
  const packed = packModels(models);
  await run(async (context) => {
    const settings = context.workbook.settings;
    settings.load("items/key");
    await context.sync();
    for (const item of settings.items)
      if (item.key.startsWith(STORE_PREFIX) && !packed.has(item.key)) item.delete();
    for (const [key, value] of packed) settings.add(key, value);
    await context.sync();
  });
}
