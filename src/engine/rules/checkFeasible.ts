import { at, ModelError } from "../model/ModelError";
import type { Bounds, Model } from "../model/types";
import { money, partyName } from "./boundLimits";
import type { Limits } from "./solveBounds";

/** How many parties a refusal names before it counts the rest. */
const NAMED = 5;

/**
 * Refuses bounds that cannot all hold (MODEL.md, "Split rules"): minimums
 * that add up to more than the amount, or maximums that add up to less.
 * Splitting a positive amount, a receiver with a share and no minimum gets
 * at least 0, so the minimums of only some receivers are refused too, naming
 * whose they are; a negative amount leaves such a receiver unbounded below.
 * A receiver with a share and no maximum is unbounded above, so maximums are
 * refused only when every receiver has one. The refusal names the rule's
 * `min` (its `maxDecrease` when it has no `min`) or its `max`.
 *
 * @example
 * checkFeasible(model, rule.bounds, rule.path, 100n, ["a", "b"], [1n, 1n], { min: [60n, 60n], max: [undefined, undefined] });
 * // throws: lines.x.split.min: the minimums add up to 120, more than the 100 there is to split
 */
export function checkFeasible(
  model: Model,
  bounds: Bounds,
  rulePath: string,
  units: bigint,
  receivers: readonly string[],
  shares: readonly bigint[],
  limits: Limits,
): void {
  // A receiver with share 0 gets clamp(0, min, max) whatever λ is.
  const fixedAt = (i: number) => (shares[i] === 0n ? clamp0(limits.min[i], limits.max[i]) : undefined);
  checkMinimums(model, bounds, rulePath, units, receivers, limits, fixedAt);
  const ceiling = total(limits.max.map((m, i) => fixedAt(i) ?? m));
  if (ceiling !== undefined && ceiling < units) {
    throw new ModelError(at(rulePath, "max"), "maximumsTooLow", {
      sum: money(model, ceiling),
      amount: money(model, units),
    });
  }
}

function checkMinimums(
  model: Model,
  bounds: Bounds,
  rulePath: string,
  units: bigint,
  receivers: readonly string[],
  limits: Limits,
  fixedAt: (i: number) => bigint | undefined,
): void {
  const lowest = limits.min.map((m, i) => fixedAt(i) ?? m);
  const every = lowest.every((m) => m !== undefined);
  const some = limits.min.some((m) => m !== undefined);
  // Without a minimum a receiver gets no less than 0 of a positive amount, but any part of a negative one.
  if (!every && (!some || units < 0n)) return;
  const floor = lowest.reduce<bigint>((sum, m) => sum + (m ?? 0n), 0n);
  if (floor <= units) return;
  const path = at(rulePath, bounds.min === undefined ? "maxDecrease" : "min");
  const params = { sum: money(model, floor), amount: money(model, units) };
  if (every) throw new ModelError(path, "minimumsTooHigh", params);
  const named = receivers.filter((_, i) => limits.min[i] !== undefined);
  throw new ModelError(path, "someMinimumsTooHigh", {
    ...params,
    parties: named
      .slice(0, NAMED)
      .map((party) => partyName(model, party))
      .join(", "),
    others: Math.max(0, named.length - NAMED),
  });
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
