import fc from "fast-check";
import { largestRemainder, largestRemainderParts } from "../../../src/engine/rounding/largestRemainder";
import type { ExactParts } from "../../../src/engine/rounding/types";

/**
 * Exact parts with many ties: a few weights, each repeated, times a scale
 * that may push the numerators past 2^53, where remainders that differ by
 * a unit are the same double.
 */
const exactParts = fc
  .record({
    pool: fc.array(fc.bigInt({ min: 0n, max: 1_000n }), { minLength: 1, maxLength: 4 }),
    picks: fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
    scale: fc.constantFrom(1n, 3n, 2n ** 40n + 1n, 10n ** 30n + 7n),
    shift: fc.bigInt({ min: 0n, max: 3n }),
    units: fc.bigInt({ min: -100_000_000_000n, max: 100_000_000_000n }),
    positions: fc.array(fc.nat({ max: 5 }), { minLength: 40, maxLength: 40 }),
  })
  .map(({ pool, picks, scale, shift, units, positions }): ExactParts | undefined => {
    const shares = picks.map(
      (p, i) => (pool[p % pool.length] as bigint) * scale + (i % 2 === 0 ? shift : 0n),
    );
    const denominator = shares.reduce((s, w) => s + w, 0n);
    if (denominator === 0n) return undefined;
    return {
      units,
      numerators: shares.map((s) => s * units),
      denominator,
      shares,
      positions: shares.map((_, i) => positions[i] ?? 0),
    };
  })
  .filter((input): input is ExactParts => input !== undefined);

describe("largest remainder without places in the queue", () => {
  it("gives the same parts and leftover as the full queue, ties and remainders past 2^53 included", () => {
    fc.assert(
      fc.property(exactParts, (input) => {
        const { parts, leftover } = largestRemainder(input);
        expect(largestRemainderParts(input)).toEqual({ parts, leftover });
      }),
      { numRuns: 500 },
    );
  });

  it("settles remainders that are one apart but the same double by the exact remainder", () => {
    const big = 2n ** 60n; // 2^61 + 1 and 2^61 are the same double
    const input = {
      units: 2n,
      numerators: [2n * big + 1n, 2n * big, 4n * big - 1n],
      denominator: 4n * big,
      shares: [1n, 1n, 1n],
      positions: [1, 0, 2],
    };
    expect(largestRemainderParts(input).parts).toEqual([1n, 0n, 1n]);
  });
});
