import { boundedDivisorMethod, type PartBounds } from "./boundedDivisor";
import { divisorMethod } from "./divisorMethod";
import { largestRemainder, largestRemainderParts } from "./largestRemainder";
import type { ExactParts, RoundedParts, RoundingMethod } from "./types";

/**
 * Rounds exact amounts to whole units with the model's method, keeping their
 * sum. Without `ranked`, largest remainder leaves out each receiver's place
 * in the queue (the same parts, sooner). With `bounds` (whole units, per
 * receiver) a divisor method keeps them; largest remainder keeps them by
 * the quota property, as the exact amounts lie within them.
 *
 * @example
 * roundParts("largest-remainder", { units: 100n, numerators: [100n, 100n, 100n],
 *   denominator: 3n, shares: [1n, 1n, 1n], positions: [0, 1, 2] }).parts; // [34n, 33n, 33n]
 */
export function roundParts(
  method: RoundingMethod,
  input: ExactParts,
  ranked = true,
  bounds?: PartBounds,
): RoundedParts {
  if (method !== "largest-remainder")
    return bounds === undefined ? divisorMethod(method, input) : boundedDivisorMethod(method, input, bounds);
  return ranked ? largestRemainder(input) : largestRemainderParts(input);
}
