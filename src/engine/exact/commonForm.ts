import { gcd, type Rational } from "./rational";

/** Numbers written as integer numerators over one shared positive denominator. */
export interface CommonForm {
  readonly numerators: readonly bigint[];
  readonly denominator: bigint;
}

/**
 * The least common multiple of two positive integers.
 *
 * @example
 * lcm(4n, 6n); // 12n
 */
export function lcm(a: bigint, b: bigint): bigint {
  return a % b === 0n ? a : (a / gcd(a, b)) * b;
}

/**
 * Puts rationals over their least common denominator, so that sums and
 * comparisons become integer arithmetic.
 *
 * @example
 * commonForm([Rational.of(1n, 2n), Rational.of(1n, 3n)]); // { numerators: [3n, 2n], denominator: 6n }
 */
export function commonForm(values: readonly Rational[]): CommonForm {
  const denominator = values.reduce((d, v) => lcm(d, v.den), 1n);
  return { numerators: values.map((v) => v.num * (denominator / v.den)), denominator };
}
