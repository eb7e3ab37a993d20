import type { ScenarioEvaluation } from "../scenarios/evaluateScenarios";
import { scenarioResult } from "./scenarioResult";
import type { ResultDocument } from "./types";

/**
 * The result document of MODEL.md: the base model first, then each scenario.
 *
 * @example
 * resultDocument(evaluateScenarios(document)).results[0]?.scenario; // null
 */
export function resultDocument(evaluations: readonly ScenarioEvaluation[]): ResultDocument {
  return {
    format: "fordela-results/1",
    results: evaluations.map(({ scenario, evaluation }) =>
      scenarioResult(scenario?.name ?? null, evaluation),
    ),
  };
}
