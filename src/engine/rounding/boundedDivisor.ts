import { divisorMethod, DIVISORS, order, type DivisorMethod } from "./divisorMethod";
import { Heap } from "./heap";
import type { ExactParts, RoundedParts } from "./types";

/** Whole-unit bounds per receiver, undefined where there is none. */
export interface PartBounds {
  readonly min: readonly (bigint | undefined)[];
  readonly max: readonly (bigint | undefined)[];
}

/**
 * A divisor method (D'Hondt or Sainte-Laguë) that keeps every receiver
 * within its bounds (MODEL.md: rounding keeps every bound): each receiver
 * starts at its minimum, and the other units go one at a time to the largest
 * quotient votes/divisor among the receivers below their maximum, ties to
 * the larger share, then the earlier position. Without bounds that bind it
 * gives what the plain method gives. Not one unit at a time, whatever the
 * amount: a threshold found by halving gives every receiver its units with a
 * quotient above it at once, and fewer than two units per receiver are left
 * for the heap.
 *
 * @example
 * boundedDivisorMethod("dhondt", { units: 10n, numerators: [5n, 2n, 3n], denominator: 1n,
 *   shares: [8n, 1n, 1n], positions: [0, 1, 2] }, { min: [], max: [5n] }).parts; // [5n, 2n, 3n]
 */
export function boundedDivisorMethod(
  method: DivisorMethod,
  input: ExactParts,
  bounds: PartBounds,
): RoundedParts {
  const flip = input.units < 0n;
  const seats = flip ? -input.units : input.units;
  const votes = input.numerators.map((n) => (flip ? -n : n));
  // A negative amount is split as its absolute value, its bounds mirrored with it.
  const lowOf = (i: number) => (flip ? negated(bounds.max[i]) : bounds.min[i]);
  const highOf = (i: number) => (flip ? negated(bounds.min[i]) : bounds.max[i]);
  const low = votes.map((_, i) => atLeast(lowOf(i) ?? 0n, 0n));
  const high = votes.map((_, i) => {
    const max = highOf(i);
    return max === undefined ? undefined : atLeast(max, low[i] ?? 0n);
  });
  const rest = seats - sum(low);
  // Bounds whose minimums pass the amount were refused before rounding (checkFeasible).
  if (rest < 0n) return divisorMethod(method, input);
  const total = votes.reduce((s, v) => (v > 0n ? s + v : s), 0n);
  const extras = (x: bigint) => votes.map((v, i) => extraUnits(method, v, x, total, low[i] ?? 0n, high[i]));
  const bulk = extras(threshold(extras, rest, reachable(votes, low, high)));
  const parts = bulk.map((extra, i) => (low[i] ?? 0n) + extra);
  handOut(method, votes, input, parts, high, rest - sum(bulk));
  return { parts: flip ? parts.map((p) => -p) : parts };
}

/**
 * The units above its minimum a receiver has whose quotients lie strictly
 * above the threshold total/x, within its maximum. A quotient is
 * v/(k + 1) (D'Hondt) or v/(2k + 1) (Sainte-Laguë) for its (k + 1)th unit.
 */
function extraUnits(
  method: DivisorMethod,
  votes: bigint,
  x: bigint,
  total: bigint,
  low: bigint,
  high: bigint | undefined,
): bigint {
  const a = votes * x;
  if (a <= total) return 0n;
  const above = method === "dhondt" ? ceilDiv(a - total, total) : ceilDiv(a - total, 2n * total);
  const kept = high !== undefined && above > high ? high : above;
  return kept > low ? kept - low : 0n;
}

/** The units above the minimums that quotients can reach: undefined (no end) when a receiver with votes has no maximum. */
function reachable(
  votes: readonly bigint[],
  low: readonly bigint[],
  high: readonly (bigint | undefined)[],
): bigint | undefined {
  let most = 0n;
  for (let i = 0; i < votes.length; i++) {
    if ((votes[i] ?? 0n) <= 0n) continue;
    const max = high[i];
    if (max === undefined) return undefined;
    most += max - (low[i] ?? 0n);
  }
  return most;
}

/**
 * The largest x whose units above the threshold number at most `rest`:
 * from x = rest (near where it lies, as the votes add up to the amount)
 * doubled until they pass it (or reach all they can), then halved back.
 */
function threshold(extras: (x: bigint) => bigint[], rest: bigint, most: bigint | undefined): bigint {
  const count = (x: bigint) => sum(extras(x));
  let low = 0n; // count(low) ≤ rest
  let high = rest > 0n ? rest : 1n;
  for (let n = count(high); n <= rest; n = count(high)) {
    if (most !== undefined && n >= most) return high;
    low = high;
    high *= 2n;
  }
  while (high - low > 1n) {
    const middle = (low + high) / 2n;
    if (count(middle) <= rest) low = middle;
    else high = middle;
  }
  return low;
}

/** Hands out the last units one at a time to the largest quotient, among the receivers below their maximum. */
function handOut(
  method: DivisorMethod,
  votes: readonly bigint[],
  input: ExactParts,
  parts: bigint[],
  high: readonly (bigint | undefined)[],
  left: bigint,
): void {
  const divisor = DIVISORS[method];
  const open = (i: number) => high[i] === undefined || (parts[i] ?? 0n) < (high[i] ?? 0n);
  const first = (a: number, b: number) =>
    order(votes, input, a, b, divisor(parts[a] ?? 0n), divisor(parts[b] ?? 0n)) < 0;
  const heap = new Heap(votes.map((_, i) => i).filter(open), first);
  for (let n = left; n > 0n && !heap.isEmpty(); n--) {
    const winner = heap.top();
    parts[winner] = (parts[winner] ?? 0n) + 1n;
    if (open(winner)) heap.settleTop();
    else heap.removeTop();
  }
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}

function negated(value: bigint | undefined): bigint | undefined {
  return value === undefined ? undefined : -value;
}

function atLeast(value: bigint, floor: bigint): bigint {
  return value > floor ? value : floor;
}

function sum(values: readonly bigint[]): bigint {
  return values.reduce((s, v) => s + v, 0n);
}
