import { Rational } from "../exact/rational";
import type { ExactParts } from "./types";

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** The least common denominator of some rationals. */
export function commonDenominator(values: readonly Rational[]): bigint {
  return values.reduce((lcm, v) => (lcm / gcd(lcm, v.den)) * v.den, 1n);
}

/**
 * Puts exact amounts (in units) and shares over common denominators, the form
 * the rounding kernels work on.
 *
 * @example
 * toExactParts(1n, [Rational.of(1n, 2n), Rational.of(1n, 2n)],
 *   [Rational.of(1n, 2n), Rational.of(1n, 2n)], [0, 1]).numerators; // [1n, 1n]
 */
export function toExactParts(
  units: bigint,
  exact: readonly Rational[],
  shares: readonly Rational[],
  positions: readonly number[],
): ExactParts {
  const denominator = commonDenominator(exact);
  const shareDenominator = commonDenominator(shares);
  return {
    units,
    numerators: exact.map((x) => (x.num * denominator) / x.den),
    denominator,
    shares: shares.map((s) => (s.num * shareDenominator) / s.den),
    positions,
  };
}
