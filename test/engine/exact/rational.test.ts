import fc from "fast-check";
import { Rational } from "../../../src/engine";

describe("Rational", () => {
  it("keeps lowest terms with a positive denominator", () => {
    expect(Rational.of(2n, -4n).toString()).toBe("-1/2");
  });

  it("adds exactly", () => {
    expect(Rational.of(1n, 3n).add(Rational.of(1n, 6n)).toString()).toBe("1/2");
  });

  it("floors toward minus infinity and ceils toward plus infinity", () => {
    expect([Rational.of(-5n, 2n).floor(), Rational.of(-5n, 2n).ceil(), Rational.of(5n, 2n).floor()]).toEqual([
      -3n,
      -2n,
      2n,
    ]);
  });

  it("refuses a zero denominator", () => {
    expect(() => Rational.of(1n, 0n)).toThrow("division by zero");
  });

  it("compares by value, whatever the form", () => {
    expect(Rational.of(2n, 4n).compare(Rational.of(1n, 2n))).toBe(0);
  });

  const rational = fc
    .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 6n }))
    .map(([n, d]) => Rational.of(n, d));

  it("a + b − b = a (property)", () => {
    fc.assert(fc.property(rational, rational, (a, b) => a.add(b).sub(b).equals(a)));
  });

  it("floor(x) ≤ x < floor(x) + 1 (property)", () => {
    fc.assert(
      fc.property(
        rational,
        (x) => Rational.of(x.floor()).compare(x) <= 0 && Rational.of(x.floor() + 1n).compare(x) > 0,
      ),
    );
  });
});
