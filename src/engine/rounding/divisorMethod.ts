import type { ExactParts, RoundedParts } from "./types";

/** The divisor of a receiver's next unit after it holds `held` units. */
type Divisor = (held: bigint) => bigint;

const DIVISORS: Record<"dhondt" | "sainte-lague", Divisor> = {
  dhondt: (held) => held + 1n,
  "sainte-lague": (held) => 2n * held + 1n,
};

/**
 * A highest-averages method (D'Hondt: divisors 1, 2, 3, …; Sainte-Laguë:
 * 1, 3, 5, …) on the exact amounts as votes. Ties go to the larger share,
 * then the earlier position. Starts from the units every receiver is sure to
 * hold and then adds or removes one unit at a time, so it runs in time with
 * the number of receivers, not the number of units.
 *
 * @example
 * divisorMethod("dhondt", { units: 7n, numerators: [5n, 2n], denominator: 1n,
 *   shares: [5n, 2n], positions: [0, 1] }).parts; // [5n, 2n]
 */
export function divisorMethod(method: "dhondt" | "sainte-lague", input: ExactParts): RoundedParts {
  const flip = input.units < 0n;
  const seats = flip ? -input.units : input.units;
  const votes = flip ? input.numerators.map((n) => -n) : [...input.numerators];
  const total = votes.reduce((s, v) => s + v, 0n);
  if (seats === 0n || total === 0n) return { parts: votes.map(() => 0n) };
  const divisor = DIVISORS[method];
  const parts = votes.map((v) => initialSeats(method, v, seats, total));
  const everyone = votes.map((_, i) => i);
  let held = parts.reduce((s, p) => s + p, 0n);
  for (; held < seats; held++) {
    const next = best(everyone, (a, b) => before(votes, parts, divisor, input, a, b));
    parts[next] = (parts[next] ?? 0n) + 1n;
  }
  for (; held > seats; held--) {
    const holders = everyone.filter((i) => (parts[i] ?? 0n) > 0n);
    const last = best(holders, (a, b) => lastAwarded(votes, parts, divisor, input, a, b));
    parts[last] = (parts[last] ?? 0n) - 1n;
  }
  return { parts: flip ? parts.map((p) => -p) : parts };
}

/** Units whose quotients lie strictly above the Hare quota V/seats. */
function initialSeats(method: keyof typeof DIVISORS, votes: bigint, seats: bigint, total: bigint): bigint {
  const ceilDiv = (n: bigint, d: bigint) => (n <= 0n ? -(-n / d) : (n + d - 1n) / d);
  const estimate =
    method === "dhondt" ? ceilDiv(seats * votes, total) - 1n : ceilDiv(seats * votes - total, 2n * total);
  return estimate > 0n ? estimate : 0n;
}

function best(candidates: number[], isBefore: (a: number, b: number) => boolean): number {
  return candidates.reduce((winner, i) => (isBefore(i, winner) ? i : winner));
}

/** Whether receiver a's next unit comes before receiver b's. */
function before(
  votes: bigint[],
  parts: bigint[],
  divisor: Divisor,
  input: ExactParts,
  a: number,
  b: number,
): boolean {
  return order(votes, input, a, b, divisor(parts[a] ?? 0n), divisor(parts[b] ?? 0n)) < 0;
}

/** Whether receiver a's last unit was awarded after receiver b's. */
function lastAwarded(
  votes: bigint[],
  parts: bigint[],
  divisor: Divisor,
  input: ExactParts,
  a: number,
  b: number,
): boolean {
  return order(votes, input, a, b, divisor((parts[a] ?? 1n) - 1n), divisor((parts[b] ?? 1n) - 1n)) > 0;
}

/** Negative when a's quotient v_a/d_a comes first: larger quotient, larger share, earlier position. */
function order(votes: bigint[], input: ExactParts, a: number, b: number, da: bigint, db: bigint): number {
  const left = (votes[a] ?? 0n) * db;
  const right = (votes[b] ?? 0n) * da;
  if (left !== right) return left > right ? -1 : 1;
  const sa = input.shares[a] ?? 0n;
  const sb = input.shares[b] ?? 0n;
  if (sa !== sb) return sa > sb ? -1 : 1;
  return (input.positions[a] ?? 0) - (input.positions[b] ?? 0);
}
