import { evaluateScenarios, parseJson, type ScenarioEvaluation } from "../engine";
import type { WorkbookServices } from "../workbook/office/excelServices";
import type { Language } from "../workbook/render/labels";
import { renderWorkbook } from "../workbook/render/renderWorkbook";

/**
 * Runs a model from its JSON text: checks it, computes the base and every
 * scenario, writes the sheets through the workbook layer and stores the
 * model in the workbook. A refused model throws before anything is written.
 * (A chunk of its own: the engine loads when the user first runs a model.)
 *
 * @example
 * const { evaluations, sheets } = await runModel(text, services, "sv");
 */
export async function runModel(
  text: string,
  services: WorkbookServices,
  language: Language,
): Promise<{ evaluations: ScenarioEvaluation[]; sheets: number }> {
  const evaluations = evaluateScenarios(parseJson(text));
  const report = await services.write(renderWorkbook(evaluations, { language }));
  const name = evaluations[0]?.evaluation.model.name ?? "";
  await services.saveModels([
    { name, savedAt: new Date().toISOString(), document: JSON.parse(text) as unknown },
  ]);
  return { evaluations, sheets: report.sheets.length };
}
