import { Refusal } from "../../contracts/refusal";
import { ENGINE_MESSAGES } from "../messages/engineMessages";
import { parseModel } from "../model/parseModel";
import { evaluateModel } from "../rules/evaluateModel";
import type { Evaluation } from "../rules/types";
import { relocate, scenarioModel } from "../scenarios/scenarioModel";
import { compareEvaluations, type Comparison } from "./compareEvaluations";
import { quoted } from "../model/quote";

/**
 * Asked for a scenario the model does not have: a refusal at `path` (the
 * field or option that named it, "scenarios" unless said).
 *
 * @example
 * new UnknownScenarioError("x", ["A"]).reason; // 'det finns inget scenario som heter "x"; modellen har "A"'
 */
export class UnknownScenarioError extends Refusal {
  constructor(
    readonly scenario: string,
    readonly known: readonly string[],
    path = "scenarios",
  ) {
    const params = { name: quoted(scenario), known: known.map((k) => quoted(k)).join(", ") };
    super(path, "unknownScenario", params, ENGINE_MESSAGES);
    this.name = "UnknownScenarioError";
  }
}

/**
 * Reads a model document and compares scenario `b` against scenario `a`
 * (null is the base model). Throws a ModelError for a refused model and an
 * {@link UnknownScenarioError} for a name the model lacks.
 *
 * @example
 * compareScenarios(document, null, "Samma som i fjol").total.difference.toString(); // "0"
 */
export function compareScenarios(document: unknown, a: string | null, b: string | null): Comparison {
  const base = parseModel(document);
  const baseEvaluation = evaluateModel(base);
  const evaluate = (name: string | null): Evaluation => {
    if (name === null) return baseEvaluation;
    const scenario = base.scenarios.find((s) => s.name === name);
    if (scenario === undefined)
      throw new UnknownScenarioError(
        name,
        base.scenarios.map((s) => s.name),
      );
    const model = scenarioModel(base, scenario);
    try {
      return evaluateModel(model, { reuse: baseEvaluation });
    } catch (error) {
      throw relocate(error, scenario);
    }
  };
  return compareEvaluations(evaluate(a), evaluate(b));
}
