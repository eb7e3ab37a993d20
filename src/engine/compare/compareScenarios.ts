import { parseModel } from "../model/parseModel";
import { evaluateModel } from "../rules/evaluateModel";
import type { Evaluation } from "../rules/types";
import { relocate, scenarioModel } from "../scenarios/scenarioModel";
import { compareEvaluations, type Comparison } from "./compareEvaluations";
import { quoted } from "../model/quote";

/** Asked for a scenario the model does not have. */
export class UnknownScenarioError extends Error {
  constructor(
    readonly scenario: string,
    readonly known: readonly string[],
  ) {
    super(
      `there is no scenario called ${quoted(scenario)}; ` +
        (known.length === 0
          ? "the model has none"
          : `the model has ${known.map((k) => quoted(k)).join(", ")}`),
    );
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
