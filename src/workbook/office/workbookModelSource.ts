import type { ModelLookup, ModelSource } from "../../functions/model/ModelSource";
import type { Language } from "../render/labels";
import { loadModels } from "./workbookModels";
import type { ExcelRun } from "./writeToExcel";

/**
 * The models stored in this workbook as FÖRDELA.MODELL reads them: through
 * the workbook's model store (today the workbook settings Fördela saves its
 * models in), with a change signal from Excel's settings-changed event
 * (ExcelApi 1.4), registered once for all cells that listen.
 *
 * @example
 * const source = workbookModelSource(Excel.run, "sv");
 * await source.read("Turism 2025"); // { found: true, document }
 */
export function workbookModelSource(run: ExcelRun, language: Language): ModelSource {
  const listeners = new Set<() => void>();
  let registered: Promise<void> | undefined;
  const notify = async () => listeners.forEach((listener) => listener());
  return {
    read: async (name): Promise<ModelLookup> => {
      const { models, problems } = await loadModels(run, language);
      const model = models.find((m) => m.name === name);
      if (model !== undefined) return { found: true, document: model.document };
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
      registered ??= run(async (context) => {
        context.workbook.settings.onSettingsChanged.add(notify);
        await context.sync();
      }).catch(() => {
        // The cells have their result already; only live updates are missing, and the next listener tries again.
        registered = undefined;
      });
      return () => listeners.delete(listener);
    },
  };
}
