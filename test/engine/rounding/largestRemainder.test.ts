import fc from "fast-check";
import { allocate } from "../../../src/engine";
import { largestRemainder } from "../../../src/engine/rounding/largestRemainder";

describe("largest remainder: ROUNDING.md's test vectors", () => {
  it.each([
    [10n, [1n, 1n, 1n, 3n], [2n, 2n, 1n, 5n]],
    [-10n, [1n, 1n, 1n, 3n], [-2n, -2n, -1n, -5n]],
    [1003n, [49n, 51n], [491n, 512n]],
    [100n, [1n, 1n, 1n], [34n, 33n, 33n]],
    [7n, [1n, 1n, 1n, 1n, 1n, 1n, 1n, 1n], [1n, 1n, 1n, 1n, 1n, 1n, 1n, 0n]],
    [10n, [0n, 1n, 2n], [0n, 3n, 7n]],
    [10n, [6n, 6n, 2n], [4n, 4n, 2n]],
    [11n, [6n, 6n, 2n], [5n, 5n, 1n]],
  ])("splits %p over %p as %p", (units, weights, parts) => {
    expect(allocate(units, weights)).toEqual(parts);
  });
});

describe("largest remainder: tie-breaks", () => {
  it("gives a tied remainder to the larger share first", () => {
    // exact 1.5 and 0.5 (shares 3/4, 1/4) both have remainder 1/2: the larger share wins
    expect(
      largestRemainder({
        units: 2n,
        numerators: [3n, 1n],
        denominator: 2n,
        shares: [3n, 1n],
        positions: [1, 0],
      }).parts,
    ).toEqual([2n, 0n]);
  });

  it("gives a tie on remainder and share to the earlier position", () => {
    expect(
      largestRemainder({
        units: 1n,
        numerators: [1n, 1n],
        denominator: 2n,
        shares: [1n, 1n],
        positions: [5, 2],
      }).parts,
    ).toEqual([0n, 1n]);
  });

  it("reports each receiver's place in the queue for leftover units", () => {
    const result = largestRemainder({
      units: 10n,
      numerators: [10n, 10n, 10n, 30n],
      denominator: 6n,
      shares: [1n, 1n, 1n, 3n],
      positions: [0, 1, 2, 3],
    });
    expect(result.leftover).toBe(2n);
    expect(result.rank?.[0]).toBe(0);
  });

  it("refuses weights that add up to zero when there is something to split", () => {
    expect(() => allocate(5n, [0n, 0n])).toThrow("the weights add up to zero");
  });

  it("splits zero over zero weights as zeros", () => {
    expect(allocate(0n, [0n, 0n])).toEqual([0n, 0n]);
  });
});

const weights = fc
  .array(fc.bigInt({ min: 0n, max: 1_000_000n }), { minLength: 1, maxLength: 30 })
  .filter((w) => w.some((x) => x > 0n));
const units = fc.bigInt({ min: -10_000_000_000n, max: 10_000_000_000n });

describe("largest remainder: properties", () => {
  it("the parts add up to the whole", () => {
    fc.assert(fc.property(units, weights, (a, w) => allocate(a, w).reduce((s, p) => s + p, 0n) === a));
  });

  it("each part is the floor or the ceiling of its exact quota (quota property)", () => {
    fc.assert(
      fc.property(units, weights, (a, w) => {
        const total = w.reduce((s, x) => s + x, 0n);
        return allocate(a, w).every((part, i) => {
          const exact = a * (w[i] ?? 0n);
          return part * total < exact + total && part * total > exact - total;
        });
      }),
    );
  });

  it("a receiver with share 0 receives 0", () => {
    fc.assert(fc.property(units, weights, (a, w) => allocate(a, [...w, 0n]).at(-1) === 0n));
  });

  it("a negated total gives the negated parts (sign symmetry)", () => {
    fc.assert(
      fc.property(units, weights, (a, w) =>
        allocate(-a, w).every((p, i) => p === -(allocate(a, w)[i] ?? 0n)),
      ),
    );
  });

  it("does not depend on the order receivers are listed in, beyond the declared tie-break", () => {
    fc.assert(
      fc.property(units, weights, fc.integer({ min: 0, max: 1000 }), (a, w, seed) => {
        const order = w
          .map((_, i) => i)
          .sort((x, y) => ((x * 7919 + seed) % 101) - ((y * 7919 + seed) % 101));
        const direct = largestRemainder({
          units: a,
          numerators: w.map((x) => a * x),
          denominator: w.reduce((s, x) => s + x, 0n),
          shares: w,
          positions: w.map((_, i) => i),
        }).parts;
        const shuffled = largestRemainder({
          units: a,
          numerators: order.map((i) => a * (w[i] ?? 0n)),
          denominator: w.reduce((s, x) => s + x, 0n),
          shares: order.map((i) => w[i] ?? 0n),
          positions: order,
        }).parts;
        return order.every((original, place) => shuffled[place] === direct[original]);
      }),
    );
  });

  it("gives the same output for the same input (determinism)", () => {
    fc.assert(
      fc.property(
        units,
        weights,
        (a, w) =>
          JSON.stringify(allocate(a, w).map(String)) === JSON.stringify(allocate(a, [...w]).map(String)),
      ),
    );
  });
});
