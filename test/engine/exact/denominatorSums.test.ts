import fc from "fast-check";
import { Rational, sum } from "../../../src/engine";
import { DenominatorSums } from "../../../src/engine/exact/denominatorSums";

const rational = fc
  .tuple(
    fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
    fc.bigInt({ min: 1n, max: 10n ** 4n }),
    fc.boolean(),
  )
  .map(([num, den, reduce]) => (reduce ? Rational.of(num, den) : Rational.unreduced(num, den)));
const entry = fc.tuple(fc.constantFrom("a", "b", "c"), rational);
const scale = fc
  .tuple(fc.bigInt({ min: -1000n, max: 1000n }), fc.bigInt({ min: 1n, max: 1000n }))
  .map(([num, den]) => Rational.of(num, den));

const lowest = (r: Rational) => `${r.num}/${r.den}`;

describe("DenominatorSums", () => {
  it("sums per key in lowest terms, as adding one by one does", () => {
    fc.assert(
      fc.property(fc.array(entry), scale, (entries, factor) => {
        const sums = new DenominatorSums<string>();
        entries.forEach(([key, value]) => sums.add(key, value));
        const { each } = sums.totals(factor);
        for (const key of new Set(entries.map(([k]) => k))) {
          const expected = sum(entries.filter(([k]) => k === key).map(([, v]) => v)).mul(factor);
          expect(lowest(each.get(key)!)).toBe(lowest(expected));
        }
        expect(each.size).toBe(new Set(entries.map(([k]) => k)).size);
      }),
    );
  });

  it("gives the sum over every key in lowest terms", () => {
    fc.assert(
      fc.property(fc.array(entry), scale, (entries, factor) => {
        const sums = new DenominatorSums<string>();
        entries.forEach(([key, value]) => sums.add(key, value));
        expect(lowest(sums.totals(factor).all)).toBe(lowest(sum(entries.map(([, v]) => v)).mul(factor)));
      }),
    );
  });

  it("keeps a key started at zero that nothing was added to", () => {
    const sums = new DenominatorSums<string>();
    sums.zero("a");
    sums.add("b", Rational.of(1n, 3n));
    expect([...sums.totals().each].map(([k, v]) => `${k}=${v.toString()}`)).toEqual(["a=0", "b=1/3"]);
  });
});
