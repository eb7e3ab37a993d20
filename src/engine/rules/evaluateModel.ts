import { Rational } from "../exact/rational";
import type { Model } from "../model/types";
import { allocateRule } from "./allocateRule";
import { lineUnits } from "./lineUnits";
import type { Allocation, Evaluation } from "./types";

/**
 * Splits every line of a checked model, exactly: each line's parts add up to
 * its total. Throws a ModelError for what only the arithmetic can find (a key
 * that adds up to zero, bounds that cannot hold, a negative rest, …). With
 * `explain`, every part keeps the steps it went through (for "Varför?").
 *
 * @example
 * const evaluation = evaluateModel(parseModel(document));
 * evaluation.lines.get("bidrag")?.units; // 4000000n
 */
export function evaluateModel(model: Model, options: { explain?: boolean } = {}): Evaluation {
  const lines = new Map<string, { units: bigint; allocation: Allocation }>();
  for (const line of model.lines) {
    const units = lineUnits(model, line);
    const allocation: Allocation = new Map();
    allocateRule(
      model,
      line.split,
      { units, ideal: Rational.of(units) },
      undefined,
      allocation,
      options.explain ? [] : undefined,
    );
    lines.set(line.id, { units, allocation });
  }
  return { model, lines };
}
