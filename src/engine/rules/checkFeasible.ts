import { at, ModelError } from "../model/ModelError";
import type { Bounds, Model } from "../model/types";
import { money } from "./boundLimits";
import type { Limits } from "./solveBounds";

/**
 * Refuses bounds that cannot all hold: minimums that add up to more than the
 * amount (where every receiver with a share has one), or maximums to less.
 * The refusal names the rule's `min` (its `maxDecrease` when it has no
 * `min`) or its `max`.
 *
 * @example
 * checkFeasible(model, rule.bounds, rule.path, 100n, [1n, 1n], { min: [60n, 60n], max: [undefined, undefined] });
 * // throws: lines.x.split.min: the minimums add up to 120, more than the 100 there is to split
 */
export function checkFeasible(
  model: Model,
  bounds: Bounds,
  rulePath: string,
  units: bigint,
  shares: readonly bigint[],
  limits: Limits,
): void {
  // A receiver with share 0 gets clamp(0, min, max) whatever λ is; one with a share and no bound has no floor or ceiling.
  const fixedAt = (i: number) => (shares[i] === 0n ? clamp0(limits.min[i], limits.max[i]) : undefined);
  const lowest = limits.min.map((m, i) => fixedAt(i) ?? m);
  const highest = limits.max.map((m, i) => fixedAt(i) ?? m);
  const floor = total(lowest);
  if (floor !== undefined && floor > units) {
    const path = at(rulePath, bounds.min === undefined ? "maxDecrease" : "min");
    throw new ModelError(path, "minimumsTooHigh", { sum: money(model, floor), amount: money(model, units) });
  }
  const ceiling = total(highest);
  if (ceiling !== undefined && ceiling < units) {
    throw new ModelError(at(rulePath, "max"), "maximumsTooLow", {
      sum: money(model, ceiling),
      amount: money(model, units),
    });
  }
}

/** Where a receiver with share 0 sits: at 0, unless a bound moves it. */
export function clamp0(min: bigint | undefined, max: bigint | undefined): bigint {
  if (min !== undefined && min > 0n) return min;
  if (max !== undefined && max < 0n) return max;
  return 0n;
}

function total(values: readonly (bigint | undefined)[]): bigint | undefined {
  let sum = 0n;
  for (const value of values) {
    if (value === undefined) return undefined;
    sum += value;
  }
  return sum;
}
