import { PLAN, SPLIT, WEIGHTED } from "../../src/functions";

/** ROUNDING.md's test vectors (largest remainder, unit 1): amount, weights, parts. */
const VECTORS: [number, number[], number[]][] = [
  [10, [1, 1, 1, 3], [2, 2, 1, 5]],
  [-10, [1, 1, 1, 3], [-2, -2, -1, -5]],
  [1003, [49, 51], [491, 512]],
  [100, [1, 1, 1], [34, 33, 33]],
  [7, [1, 1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1, 1, 0]],
  [10, [0, 1, 2], [0, 3, 7]],
  [10, [6, 6, 2], [4, 4, 2]],
  [11, [6, 6, 2], [5, 5, 1]],
];

const column = (values: readonly unknown[]) => values.map((v) => [v]);
/** The weights as exact text fractions of their sum, as a row: [1, 3] → ["1/4", "3/4"]. */
const fractions = (weights: readonly number[]) => {
  const total = weights.reduce((s, w) => s + w, 0);
  return [weights.map((w) => `${w}/${total}`)];
};

describe("ROUNDING.md's test vectors through each function", () => {
  it.each(VECTORS)("SPLIT(%p) over a column of keys %p gives %p", (amount, weights, parts) => {
    expect(SPLIT(amount, column(weights))).toEqual(column(parts));
  });

  it.each(VECTORS)(
    "SPLIT(%p) over a row of keys %p gives the parts as a row %p",
    (amount, weights, parts) => {
      expect(SPLIT(amount, [weights])).toEqual([parts]);
    },
  );

  it.each(VECTORS)(
    "WEIGHTED(%p) with the keys %p as one key of weight 1 gives %p",
    (amount, weights, parts) => {
      expect(WEIGHTED(amount, column(weights), [[1]])).toEqual(column(parts));
    },
  );

  it.each(VECTORS)(
    "WEIGHTED(%p) with the keys %p twice, weighted 1/2 and 50%%, gives %p",
    (amount, weights, parts) => {
      expect(
        WEIGHTED(
          amount,
          weights.map((w) => [w, w * 3]),
          [["1/2", "50%"]],
        ),
      ).toEqual(column(parts));
    },
  );

  it.each(VECTORS)("PLAN(%p) over periods weighted %p gives one row %p", (amount, weights, parts) => {
    expect(PLAN([[amount]], fractions(weights))).toEqual([parts]);
  });

  it.each(VECTORS)("SPLIT(%p) over %p in öre gives the parts in kronor and öre", (amount, weights, parts) => {
    expect(SPLIT(amount / 100, column(weights), 0.01)).toEqual(column(parts.map((p) => p / 100)));
  });
});
