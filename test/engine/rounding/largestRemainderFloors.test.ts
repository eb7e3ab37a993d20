import fc from "fast-check";
import { largestRemainder, largestRemainderParts } from "../../../src/engine/rounding/largestRemainder";

/** ⌊n / d⌋ for d > 0, worked out without the engine's division. */
function floorOf(n: bigint, d: bigint): bigint {
  const q = n / d;
  return q * d > n ? q - 1n : q;
}

// Numerators of either sign, within and beyond what a double holds exactly
// (the two ways floors are found), adding up to units · denominator.
const input = fc
  .tuple(
    fc.array(fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }), { minLength: 1, maxLength: 20 }),
    fc.bigInt({ min: 1n, max: 2n ** 60n }),
    fc.boolean(),
  )
  .map(([raw, denominator, small]) => {
    const d = small ? (denominator % 2n ** 40n) + 1n : denominator;
    const given = small ? raw.map((n) => n % 2n ** 40n) : raw;
    // One more receiver brings the sum up to a whole number of units over d.
    const sum = given.reduce((s, n) => s + n, 0n);
    const units = floorOf(sum, d) + 1n;
    const numerators = [...given, units * d - sum];
    return {
      units,
      numerators,
      denominator: d,
      shares: numerators.map((n) => (n < 0n ? -n : n)),
      positions: numerators.map((_, i) => i),
    };
  });

describe("largest remainder: floors of numerators of either sign", () => {
  it("gives each receiver the floor or the ceiling of its exact amount, adding up to the whole", () => {
    fc.assert(
      fc.property(input, (parts) => {
        for (const round of [largestRemainder, largestRemainderParts]) {
          const { parts: got } = round(parts);
          expect(got.reduce((s, p) => s + p, 0n)).toBe(parts.units);
          got.forEach((p, i) => {
            const floor = floorOf(parts.numerators[i] ?? 0n, parts.denominator);
            expect(p === floor || p === floor + 1n).toBe(true);
          });
        }
      }),
    );
  });
});
