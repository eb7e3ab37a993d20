import type { ExactParts, RoundedParts } from "./types";

/**
 * Hamilton's largest-remainder method (ROUNDING.md): every receiver gets the
 * floor of its exact amount, and the units left over go one each to the
 * largest remainders, then the larger shares, then the earlier positions.
 * A negative total is split as its absolute value and negated, so the two
 * mirror each other exactly.
 *
 * @example
 * // 10 units over weights 1, 1, 1, 3: exact 5/3, 5/3, 5/3, 5
 * largestRemainder({ units: 10n, numerators: [10n, 10n, 10n, 30n], denominator: 6n,
 *   shares: [1n, 1n, 1n, 3n], positions: [0, 1, 2, 3] }).parts; // [2n, 2n, 1n, 5n]
 */
export function largestRemainder(input: ExactParts): RoundedParts {
  const { units, denominator, shares, positions } = input;
  const flip = units < 0n;
  const numerators = flip ? input.numerators.map((n) => -n) : input.numerators;
  const parts = numerators.map((n) => floorDiv(n, denominator));
  const remainders = numerators.map((n, i) => n - (parts[i] ?? 0n) * denominator);
  const order = numerators.map((_, i) => i);
  order.sort(
    (a, b) =>
      compareDesc(remainders[a] ?? 0n, remainders[b] ?? 0n) ||
      compareDesc(shares[a] ?? 0n, shares[b] ?? 0n) ||
      (positions[a] ?? 0) - (positions[b] ?? 0),
  );
  const leftover = (flip ? -units : units) - parts.reduce((s, p) => s + p, 0n);
  const rank: number[] = new Array<number>(parts.length);
  order.forEach((receiver, place) => {
    rank[receiver] = place;
    if (BigInt(place) < leftover) parts[receiver] = (parts[receiver] ?? 0n) + 1n;
  });
  return { parts: flip ? parts.map((p) => -p) : parts, rank, leftover };
}

function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n < 0n && q * d !== n ? q - 1n : q;
}

function compareDesc(a: bigint, b: bigint): number {
  return a === b ? 0 : a > b ? -1 : 1;
}
