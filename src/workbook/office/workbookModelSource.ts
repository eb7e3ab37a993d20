import { parseModelJson } from "../../engine/json/modelJson";
import type { ModelLookup, ModelSource } from "../../functions/model/ModelSource";
import type { Language } from "../render/labels";
import { watchStore, workbookStore } from "./workbookModels";
import type { ExcelRun } from "./writeToExcel";

/**
 * The models stored in this workbook as FÖRDELA.MODELL reads them: through
 * the workbook's model store (Fördela's very hidden store sheet), read by
 * name and parsed losslessly, with a change signal from the store sheet's
 * change events (ExcelApi 1.7), registered once for all cells that listen.
 *
 * @example
 * const source = workbookModelSource(Excel.run, "sv");
 * await source.read("Turism 2025"); // { found: true, document }
 */
export function workbookModelSource(run: ExcelRun, language: Language): ModelSource {
  const store = workbookStore(run, { language, canTellAuthor: false });
  const listeners = new Set<() => void>();
  let registered: Promise<unknown> | undefined;
  return {
    read: async (name): Promise<ModelLookup> => {
      const { models, problems } = await store.list();
      const model = models.some((m) => m.name === name) ? await store.read(name) : undefined;
      if (model !== undefined) return { found: true, document: parseModelJson(model.text) };
      // A damaged store (no model readable at all) is the reason; one unrelated damaged model is not.
      const problem =
        problems.find((p) => p.name === name) ?? (models.length === 0 ? problems[0] : undefined);
      return {
        found: false,
        names: models.map((m) => m.name),
        ...(problem === undefined ? {} : { problem: problem.reason }),
      };
    },
    onChange: (listener) => {
      listeners.add(listener);
      registered ??= watchStore(run, () => listeners.forEach((l) => l())).catch(() => {
        // The cells have their result already; only live updates are missing, and the next listener tries again.
        registered = undefined;
      });
      return () => listeners.delete(listener);
    },
  };
}
