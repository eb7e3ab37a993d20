import { parseModel } from "../model/parseModel";
import type { Scenario } from "../model/types";
import { evaluateModel } from "../rules/evaluateModel";
import type { Evaluation } from "../rules/types";
import { relocate, scenarioModel } from "./scenarioModel";

/** One evaluated scenario; `scenario` is null for the base model. */
export interface ScenarioEvaluation {
  readonly scenario: Scenario | null;
  readonly evaluation: Evaluation;
}

/**
 * Reads a model document and evaluates the base model and every scenario, in
 * order. Everything is checked and computed before anything is returned, so
 * one refused scenario refuses the whole model.
 *
 * @example
 * evaluateScenarios(document).map((r) => r.scenario?.name ?? "base"); // ["base", "Folkmängd 2020", ...]
 */
export function evaluateScenarios(document: unknown): ScenarioEvaluation[] {
  const base = parseModel(document);
  const baseEvaluation = evaluateModel(base);
  const results: ScenarioEvaluation[] = [{ scenario: null, evaluation: baseEvaluation }];
  for (const scenario of base.scenarios) {
    const model = scenarioModel(base, scenario);
    try {
      results.push({ scenario, evaluation: evaluateModel(model, { reuse: baseEvaluation }) });
    } catch (error) {
      throw relocate(error, scenario);
    }
  }
  return results;
}
