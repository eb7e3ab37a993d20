import type { Language } from "../render/labels";
import { LEGACY_PREFIX, readLegacy } from "../store/legacySettings";
import { modelStore, type ModelStore, type StoreProblem } from "../store/modelStore";
import { officeStoreSheet, STORE_SHEET } from "./storeSheet";
import type { ExcelRun } from "./writeToExcel";

import type { StoreChangeSource } from "../../contracts/workbookServices";

export type { StoreChangeSource };

/**
 * The models stored in this workbook's very hidden store sheet, through
 * Office.js. `run` must be a plain Excel.run: a save is never part of a
 * write's undo group.
 *
 * @example
 * const store = workbookStore(Excel.run, { language: "sv", canTellAuthor: true });
 * const { models } = await store.list();
 */
export function workbookStore(
  run: ExcelRun,
  options: { readonly language: Language; readonly canTellAuthor: boolean },
): ModelStore {
  return modelStore(officeStoreSheet({ run, canTellAuthor: options.canTellAuthor }), {
    language: options.language,
  });
}

/**
 * Moves the models an earlier Fördela kept in the workbook's settings into
 * the store sheet, once: each is saved there (unless a model of that name is
 * there already, moved by a co-author), then the settings are removed. A
 * model that cannot be read is reported and its settings are left as they are.
 *
 * @example
 * const problems = await moveFromSettings(Excel.run, store, "sv");
 */
export async function moveFromSettings(
  run: ExcelRun,
  store: ModelStore,
  language: Language,
): Promise<StoreProblem[]> {
  const legacy = await run(async (context) => {
    const settings = context.workbook.settings;
    settings.load("items/key, items/value");
    await context.sync();
    return new Map(
      settings.items.filter((s) => s.key.startsWith(LEGACY_PREFIX)).map((s) => [s.key, String(s.value)]),
    );
  });
  if (legacy.size === 0) return [];
  const { models, problems } = readLegacy(legacy, language);
  const present = new Set((await store.list()).models.map((m) => m.name));
  for (const model of models)
    if (!present.has(model.name)) await store.save({ name: model.name, text: model.text, counter: 0 });
  if (problems.length > 0) return problems;
  await run(async (context) => {
    const settings = context.workbook.settings;
    settings.load("items/key");
    await context.sync();
    settings.items.filter((s) => s.key.startsWith(LEGACY_PREFIX)).forEach((s) => s.delete());
    await context.sync();
  });
  return [];
}

/**
 * Tells `listener` whenever the store sheet's cells change, by this Excel
 * (Local) or a co-author (Remote); where there is no store sheet yet, it
 * starts listening once one is added. Needs ExcelApi 1.7. Gives back a
 * function that stops listening.
 *
 * @example
 * const stop = await watchStore(Excel.run, (source) => refreshList());
 */
export async function watchStore(
  run: ExcelRun,
  listener: (source: StoreChangeSource) => void,
): Promise<() => Promise<void>> {
  const handlers: { remove: () => void }[] = [];
  let stopped = false;
  const attach = async (): Promise<boolean> =>
    run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET);
      await context.sync();
      if (sheet.isNullObject) return false;
      handlers.push(
        sheet.onChanged.add(async (event) => {
          if (!stopped) listener(event.source === "Remote" ? "Remote" : "Local");
        }),
      );
      await context.sync();
      return true;
    });
  if (!(await attach()))
    await run(async (context) => {
      const added = context.workbook.worksheets.onAdded.add(async (event) => {
        if (handlers.length > 1 || stopped) return;
        if (await attach()) listener(event.source === "Remote" ? "Remote" : "Local");
      });
      handlers.push(added);
      await context.sync();
    });
  return async () => {
    stopped = true;
    handlers.forEach((h) => h.remove());
  };
}
