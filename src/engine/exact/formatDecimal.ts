import { Rational } from "./rational";

/**
 * Rounds an exact number to a number of decimals, half away from zero (the
 * rule for a single amount in Swedish law, 1970:1029).
 *
 * @example
 * roundHalfUp(Rational.of(5n, 2n), 0).toString(); // "3"
 * roundHalfUp(Rational.of(-5n, 2n), 0).toString(); // "-3"
 */
export function roundHalfUp(value: Rational, decimals: number): Rational {
  const scale = 10n ** BigInt(decimals);
  const scaled = value.mul(Rational.of(scale)).mul(Rational.of(2n));
  const magnitude = scaled.sign() < 0 ? scaled.neg() : scaled;
  const rounded = (magnitude.floor() + 1n) / 2n;
  return Rational.of(scaled.sign() < 0 ? -rounded : rounded, scale);
}

/**
 * Writes an exact number as decimal text with exactly `decimals` decimals,
 * rounding half away from zero where it does not terminate there.
 *
 * @example
 * formatDecimal(Rational.of(2501n, 2n), 2); // "1250.50"
 * formatDecimal(Rational.of(1n, 3n), 6); // "0.333333"
 */
export function formatDecimal(value: Rational, decimals: number): string {
  const rounded = roundHalfUp(value, decimals);
  const scaled = (rounded.num * 10n ** BigInt(decimals)) / rounded.den;
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  return `${negative ? "-" : ""}${whole}${decimals > 0 ? `.${fraction}` : ""}`;
}

/**
 * Writes an exact number with at most `maxDecimals` decimals and no trailing
 * zeros: exactly where it terminates in time, rounded half away from zero where not.
 *
 * @example
 * formatTrimmed(Rational.of(2000000n), 6); // "2000000"
 * formatTrimmed(Rational.of(2n, 3n), 6); // "0.666667"
 */
export function formatTrimmed(value: Rational, maxDecimals: number): string {
  const text = formatDecimal(value, maxDecimals);
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

/**
 * The number of decimals of a rounding unit: 0 for "1" or "100", 2 for "0.01".
 *
 * @example
 * decimalsOf(Rational.of(1n, 100n)); // 2
 */
export function decimalsOf(unit: Rational): number {
  let decimals = 0;
  let scaled = unit;
  while (!scaled.isInteger()) {
    scaled = scaled.mul(Rational.of(10n));
    decimals++;
  }
  return decimals;
}
