import { roundParts } from "./roundParts";
import type { RoundingMethod } from "./types";

/**
 * Splits a whole number of units in proportion to non-negative integer
 * weights, exactly: the parts add up to `units`, and with the default
 * largest-remainder method each part is the floor or the ceiling of its exact
 * quota. Ties go to the larger weight, then the earlier receiver.
 *
 * @example
 * allocate(10n, [1n, 1n, 1n, 3n]); // [2n, 2n, 1n, 5n]
 * allocate(-10n, [1n, 1n, 1n, 3n]); // [-2n, -2n, -1n, -5n]
 */
export function allocate(
  units: bigint,
  weights: readonly bigint[],
  method: RoundingMethod = "largest-remainder",
): bigint[] {
  const total = weights.reduce((s, w) => s + w, 0n);
  if (weights.some((w) => w < 0n)) throw new RangeError("weights must not be negative");
  if (total === 0n) {
    if (units === 0n) return weights.map(() => 0n);
    throw new RangeError("the weights add up to zero");
  }
  return roundParts(method, {
    units,
    numerators: weights.map((w) => units * w),
    denominator: total,
    shares: weights,
    positions: weights.map((_, i) => i),
  }).parts;
}
