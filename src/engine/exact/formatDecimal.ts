import { Rational } from "./rational";

const POWERS: bigint[] = [];

/**
 * 10^n as a BigInt, computed once per n.
 *
 * @example
 * pow10(3); // 1000n
 */
export function pow10(n: number): bigint {
  return (POWERS[n] ??= 10n ** BigInt(n));
}

/**
 * A number times 10^decimals, rounded half away from zero to an integer (the
 * rule for a single amount in Swedish law, 1970:1029). Integer arithmetic only.
 *
 * @example
 * scaledHalfUp(Rational.of(2501n, 2n), 1); // 12505n
 * scaledHalfUp(Rational.of(-5n, 2n), 0); // -3n
 */
export function scaledHalfUp(value: Rational, decimals: number): bigint {
  const scaled = value.num * pow10(decimals);
  const magnitude = scaled < 0n ? -scaled : scaled;
  const rounded = (2n * magnitude + value.den) / (2n * value.den);
  return scaled < 0n ? -rounded : rounded;
}

/**
 * Rounds a number to some decimals, half away from zero.
 *
 * @example
 * roundHalfUp(Rational.of(5n, 2n), 0).toString(); // "3"
 */
export function roundHalfUp(value: Rational, decimals: number): Rational {
  return Rational.of(scaledHalfUp(value, decimals), pow10(decimals));
}

/**
 * Writes an integer count of 10^-decimals as decimal text: (125050, 2) is "1250.50".
 *
 * @example
 * formatScaled(-25n, 2); // "-0.25"
 */
export function formatScaled(scaled: bigint, decimals: number): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  return `${negative ? "-" : ""}${whole}${decimals > 0 ? `.${fraction}` : ""}`;
}

/**
 * Drops trailing zeros (and a bare point) from decimal text.
 *
 * @example
 * trimZeros("50.500000"); // "50.5"
 */
export function trimZeros(text: string): string {
  if (!text.includes(".")) return text;
  let end = text.length;
  while (text[end - 1] === "0") end--;
  if (text[end - 1] === ".") end--;
  return text.slice(0, end);
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
  return formatScaled(scaledHalfUp(value, decimals), decimals);
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
  return trimZeros(formatDecimal(value, maxDecimals));
}

/**
 * The number of decimals of a rounding unit: 0 for "1" or "100", 2 for "0.01".
 *
 * @example
 * decimalsOf(Rational.of(1n, 100n)); // 2
 */
export function decimalsOf(unit: Rational): number {
  let decimals = 0;
  while ((unit.num * pow10(decimals)) % unit.den !== 0n) decimals++;
  return decimals;
}
