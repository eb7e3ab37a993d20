import { decimalsOf, formatDecimal, formatTrimmed, Rational, roundHalfUp } from "../../../src/engine";

describe("formatting exact numbers", () => {
  it("writes exactly the asked decimals", () => {
    expect(formatDecimal(Rational.of(2501n, 2n), 2)).toBe("1250.50");
  });

  it("rounds half away from zero", () => {
    expect([
      roundHalfUp(Rational.of(5n, 2n), 0).toString(),
      roundHalfUp(Rational.of(-5n, 2n), 0).toString(),
    ]).toEqual(["3", "-3"]);
  });

  it("writes small negatives with a leading zero", () => {
    expect(formatDecimal(Rational.of(-1n, 4n), 2)).toBe("-0.25");
  });

  it("trims trailing zeros and keeps at most the asked decimals", () => {
    expect([formatTrimmed(Rational.of(2000000n), 6), formatTrimmed(Rational.of(2n, 3n), 6)]).toEqual([
      "2000000",
      "0.666667",
    ]);
  });

  it("never writes minus zero", () => {
    expect(formatTrimmed(Rational.of(-1n, 10_000_000n), 6)).toBe("0");
  });

  it("counts the decimals of a unit", () => {
    expect([
      decimalsOf(Rational.of(1n, 100n)),
      decimalsOf(Rational.of(100n)),
      decimalsOf(Rational.ONE),
    ]).toEqual([2, 0, 0]);
  });
});
