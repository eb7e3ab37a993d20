import { at, ModelError } from "../model/ModelError";
import type { Bounds, Model } from "../model/types";
import { money, partyName } from "./boundLimits";
import type { Limits } from "./solveBounds";

/** How many parties a refusal names before it counts the rest. */
const NAMED = 5;

/** One side of the bounds, the minimums or the maximums, and when what they add up to cannot hold. */
interface Side {
  readonly bounds: readonly (bigint | undefined)[];
  readonly field: string;
  readonly cannotHold: (sum: bigint, units: bigint) => boolean;
  readonly codes: {
    readonly every: "minimumsTooHigh" | "maximumsTooLow";
    readonly some: "someMinimumsTooHigh" | "someMaximumsTooLow";
  };
  /** Whether a receiver with a share and no bound on this side is held at 0 by the amount's sign. */
  readonly zeroWithout: boolean;
}

/**
 * Refuses bounds that cannot all hold (MODEL.md, "Split rules"): minimums
 * that add up to more than the amount, or maximums that add up to less.
 * A receiver with a share and no bound follows the amount's sign (λ has
 * it, as a negative amount mirrors a positive one): of a positive amount it
 * gets at least 0 and is unbounded above, so the minimums of only some
 * receivers are refused too, naming whose they are, while maximums are
 * refused only when every receiver has one; a negative amount mirrors this,
 * and of 0 it gets 0. The refusal names the rule's `min` (its `maxDecrease`
 * when it has no `min`) or its `max`.
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
  const refuse = (side: Side) => checkSide(model, at(rulePath, side.field), units, receivers, fixedAt, side);
  refuse({
    bounds: limits.min,
    field: bounds.min === undefined ? "maxDecrease" : "min",
    cannotHold: (sum, amount) => sum > amount,
    codes: { every: "minimumsTooHigh", some: "someMinimumsTooHigh" },
    zeroWithout: units >= 0n,
  });
  refuse({
    bounds: limits.max,
    field: "max",
    cannotHold: (sum, amount) => sum < amount,
    codes: { every: "maximumsTooLow", some: "someMaximumsTooLow" },
    zeroWithout: units <= 0n,
  });
}

function checkSide(
  model: Model,
  path: string,
  units: bigint,
  receivers: readonly string[],
  fixedAt: (i: number) => bigint | undefined,
  side: Side,
): void {
  const held = side.bounds.map((b, i) => fixedAt(i) ?? b);
  const every = held.every((b) => b !== undefined);
  // Without a bound, a receiver is unbounded on this side unless the amount's sign holds it at 0.
  if (!every && (!side.zeroWithout || side.bounds.every((b) => b === undefined))) return;
  const sum = held.reduce<bigint>((total, b) => total + (b ?? 0n), 0n);
  if (!side.cannotHold(sum, units)) return;
  const params = { sum: money(model, sum), amount: money(model, units) };
  if (every) throw new ModelError(path, side.codes.every, params);
  const named = receivers.filter((_, i) => side.bounds[i] !== undefined);
  throw new ModelError(path, side.codes.some, {
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
