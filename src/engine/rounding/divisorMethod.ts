import { Heap } from "./heap";
import type { ExactParts, RoundedParts } from "./types";

export type DivisorMethod = "dhondt" | "sainte-lague";

/** The divisor of a receiver's next unit after it holds `held` units. */
export const DIVISORS: Record<DivisorMethod, (held: bigint) => bigint> = {
  dhondt: (held) => held + 1n,
  "sainte-lague": (held) => 2n * held + 1n,
};

/**
 * A highest-averages method (D'Hondt: divisors 1, 2, 3, …; Sainte-Laguë:
 * 1, 3, 5, …) on the exact amounts as votes: the units go to the largest
 * quotients votes/divisor, ties to the larger share, then the earlier
 * position. It starts from units every receiver is sure to hold (a
 * quota-based estimate that leaves at most one unit per receiver to hand
 * out) and hands out the rest one at a time from a heap, so it runs in time
 * n·log n in the number of receivers whatever the amount.
 *
 * @example
 * divisorMethod("dhondt", { units: 7n, numerators: [5n, 2n], denominator: 1n,
 *   shares: [5n, 2n], positions: [0, 1] }).parts; // [5n, 2n]
 */
export function divisorMethod(method: DivisorMethod, input: ExactParts): RoundedParts {
  const flip = input.units < 0n;
  const seats = flip ? -input.units : input.units;
  const votes = input.numerators.map((n) => (flip ? -n : n));
  const total = votes.reduce((s, v) => s + v, 0n);
  if (seats === 0n || total === 0n) return { parts: votes.map(() => 0n) };
  const parts = votes.map((v) => sureUnits(method, v, seats, BigInt(votes.length), total));
  const held = parts.reduce((s, p) => s + p, 0n);
  const divisor = DIVISORS[method];
  const next = (i: number) => divisor(parts[i] ?? 0n);
  const first = (a: number, b: number) => order(votes, input, a, b, next(a), next(b)) < 0;
  const heap = new Heap(
    votes.map((_, i) => i),
    first,
  );
  for (let left = seats - held; left > 0n; left--) {
    const winner = heap.top();
    parts[winner] = (parts[winner] ?? 0n) + 1n;
    heap.settleTop();
  }
  return { parts: flip ? parts.map((p) => -p) : parts };
}

/**
 * The number of units whose quotients lie strictly above a threshold chosen
 * so that these units number at most `seats` in all: they are then among the
 * units the method awards, and at most n units remain. D'Hondt: threshold
 * V/S, k units where k < v·S/V. Sainte-Laguë: threshold V/(2S − n), units
 * with 2k + 1 < v·(2S − n)/V; with 2S ≤ n, none (at most n/2 remain anyway).
 */
function sureUnits(method: DivisorMethod, votes: bigint, seats: bigint, n: bigint, total: bigint): bigint {
  const ceilDiv = (a: bigint, b: bigint) => (a <= 0n ? -(-a / b) : (a + b - 1n) / b);
  if (method === "dhondt") {
    const units = ceilDiv(seats * votes, total) - 1n;
    return units > 0n ? units : 0n;
  }
  const scaled = 2n * seats - n;
  if (scaled <= 0n) return 0n;
  const units = ceilDiv(scaled * votes - total, 2n * total);
  return units > 0n ? units : 0n;
}

/**
 * Negative when a's quotient v_a/d_a comes first: larger quotient, larger
 * share, earlier position (ROUNDING.md's ties for the divisor methods).
 *
 * @example
 * const input = { units: 2n, numerators: [3n, 3n], denominator: 1n, shares: [1n, 1n], positions: [0, 1] };
 * order([3n, 3n], input, 0, 1, 1n, 3n); // -1: 3/1 comes before 3/3
 */
export function order(
  votes: readonly bigint[],
  input: ExactParts,
  a: number,
  b: number,
  da: bigint,
  db: bigint,
): number {
  const left = (votes[a] ?? 0n) * db;
  const right = (votes[b] ?? 0n) * da;
  if (left !== right) return left > right ? -1 : 1;
  const sa = input.shares[a] ?? 0n;
  const sb = input.shares[b] ?? 0n;
  if (sa !== sb) return sa > sb ? -1 : 1;
  return (input.positions[a] ?? 0) - (input.positions[b] ?? 0);
}
