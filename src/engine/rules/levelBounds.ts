import type { Bounds, FixedRule, Model, ProportionalRule } from "../model/types";
import { boundLimits, checkMinBelowMax } from "./boundLimits";
import { restBounds } from "./fixedBounds";
import type { Limits } from "./solveBounds";

/** The bounds a key, equal or weights rule splits within, and the rule whose fields they are. */
export interface LevelBounds {
  readonly limits: Limits;
  readonly bounds: Bounds;
  /** The path of the rule that carries the bounds: the rule itself, or the fixed rule above its rest. */
  readonly path: string;
  readonly minSource: readonly ("min" | "maxDecrease")[];
  /** Each receiver's fixed amount, when the bounds are a fixed rule's on whole amounts. */
  readonly offsets?: readonly bigint[];
}

/** A fixed rule with bounds, and each of its parties' fixed amounts in units. */
export interface BoundingParent {
  readonly rule: FixedRule;
  readonly fixed: ReadonlyMap<string, bigint>;
}

/**
 * The bounds of one proportional level in whole units: its own, or, for the
 * rest of a fixed rule with bounds, the fixed rule's applied to the rest.
 * Undefined when the level has none.
 *
 * @example
 * levelBounds(model, rule, ["a", "b"], undefined)?.limits.min; // [60n, 60n] for `"min": "60"`
 */
export function levelBounds(
  model: Model,
  rule: ProportionalRule,
  receivers: readonly string[],
  parent: BoundingParent | undefined,
): LevelBounds | undefined {
  // A rest under a fixed rule with bounds has none of its own (checkBoundedRest).
  const rest = parent === undefined ? undefined : restBounds(model, parent.rule, parent.fixed, receivers);
  if (rest !== undefined && parent !== undefined) {
    const { limits, fixed, minSource } = rest;
    return { limits, bounds: parent.rule.bounds, path: parent.rule.path, minSource, offsets: fixed };
  }
  const whole = boundLimits(model, rule.bounds, receivers);
  if (whole === undefined) return undefined;
  checkMinBelowMax(model, rule.path, receivers, whole);
  const minSource = whole.fromMin.map((own, i) =>
    own !== undefined && own === whole.min[i] ? ("min" as const) : ("maxDecrease" as const),
  );
  return { limits: whole, bounds: rule.bounds, path: rule.path, minSource };
}
