import fc from "fast-check";
import { Rational } from "../../../src/engine";
import { controlledRounding } from "../../../src/engine/rounding/controlledRounding";

const quarters = [1n, 1n, 1n, 1n].map((n) => Rational.of(n, 4n));
const rowSum = (row: readonly bigint[]) => row.reduce((s, c) => s + c, 0n);
const columnSums = (table: readonly (readonly bigint[])[], width: number) =>
  Array.from({ length: width }, (_, p) => table.reduce((s, row) => s + (row[p] ?? 0n), 0n));

/** Whether `value` is the floor or the ceiling of the exact `exact`. */
const adjacent = (value: bigint, exact: Rational) => value === exact.floor() || value === exact.ceil();

describe("controlled rounding of a payment plan: examples", () => {
  it("keeps a row that splits evenly exactly as it is", () => {
    expect(controlledRounding([400n], quarters)).toEqual([[100n, 100n, 100n, 100n]]);
  });

  it("moves units between rows so that no quarter is two units off", () => {
    // every row alone would pay its extra unit in the first quarter: 3 units there against an exact 1.5
    const table = controlledRounding([1n, 1n, 1n], [Rational.of(1n, 2n), Rational.of(1n, 2n)]);
    expect(table).toEqual([
      [1n, 0n],
      [1n, 0n],
      [0n, 1n],
    ]);
  });

  it("leaves a row of zero at zero and splits the other", () => {
    expect(controlledRounding([0n, 5n], quarters)).toEqual([
      [0n, 0n, 0n, 0n],
      [2n, 1n, 1n, 1n],
    ]);
  });

  it("follows the weights", () => {
    const weights = ["1/10", "2/10", "3/10", "4/10"].map((w) => {
      const [n, d] = w.split("/");
      return Rational.of(BigInt(n ?? 0), BigInt(d ?? 1));
    });
    expect(controlledRounding([1000n], weights)).toEqual([[100n, 200n, 300n, 400n]]);
  });
});

const totals = fc.array(fc.bigInt({ min: -5_000n, max: 5_000_000n }), { minLength: 1, maxLength: 40 });
const weightList = fc
  .array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 12 })
  .filter((w) => w.some((x) => x > 0))
  .map((w) => {
    const total = BigInt(w.reduce((s, x) => s + x, 0));
    return w.map((x) => Rational.of(BigInt(x), total));
  });

describe("controlled rounding: the properties of ROUNDING.md, 'Both ways at once'", () => {
  it("makes every row add up exactly to its total", () => {
    fc.assert(
      fc.property(totals, weightList, (rows, weights) =>
        controlledRounding(rows, weights).every((row, i) => rowSum(row) === rows[i]),
      ),
    );
  });

  it("rounds every cell to the floor or the ceiling of its exact value", () => {
    fc.assert(
      fc.property(totals, weightList, (rows, weights) =>
        controlledRounding(rows, weights).every((row, i) =>
          row.every((cell, p) => adjacent(cell, Rational.of(rows[i] ?? 0n).mul(weights[p] ?? Rational.ZERO))),
        ),
      ),
    );
  });

  it("keeps every column within one unit of its exact sum", () => {
    fc.assert(
      fc.property(totals, weightList, (rows, weights) => {
        const grand = Rational.of(rows.reduce((s, t) => s + t, 0n));
        const sums = columnSums(controlledRounding(rows, weights), weights.length);
        return sums.every((sum, p) => adjacent(sum, grand.mul(weights[p] ?? Rational.ZERO)));
      }),
    );
  });

  it("gives the same table for the same input", () => {
    fc.assert(
      fc.property(totals, weightList, (rows, weights) =>
        expect(controlledRounding(rows, weights)).toEqual(controlledRounding(rows, weights)),
      ),
    );
  });
});
