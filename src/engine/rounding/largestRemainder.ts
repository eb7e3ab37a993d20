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
  const { units } = input;
  const flip = units < 0n;
  const { parts, remainders } = floors(input, flip);
  const order = parts.map((_, i) => i);
  order.sort(queueOrder(input, remainders));
  const leftover = (flip ? -units : units) - parts.reduce((s, p) => s + p, 0n);
  const rank: number[] = new Array<number>(parts.length);
  order.forEach((receiver, place) => {
    rank[receiver] = place;
    if (BigInt(place) < leftover) parts[receiver] = (parts[receiver] as bigint) + 1n;
  });
  return { parts: flip ? parts.map((p) => -p) : parts, rank, leftover };
}

/**
 * The parts {@link largestRemainder} gives, without each receiver's place
 * in the queue (which only an explanation shows), and so without ordering
 * the whole queue: the leftover units go to the same receivers, found by
 * sorting the remainders as plain numbers and ordering only the receivers
 * tied at the last place that gets a unit.
 *
 * @example
 * largestRemainderParts({ units: 10n, numerators: [10n, 10n, 10n, 30n], denominator: 6n,
 *   shares: [1n, 1n, 1n, 3n], positions: [0, 1, 2, 3] }).parts; // [2n, 2n, 1n, 5n]
 */
export function largestRemainderParts(input: ExactParts): RoundedParts {
  const { units } = input;
  const flip = units < 0n;
  const { parts, remainders } = floors(input, flip);
  const leftover = (flip ? -units : units) - parts.reduce((s, p) => s + p, 0n);
  if (leftover > 0n)
    for (const receiver of firstInQueue(input, remainders, Number(leftover)))
      parts[receiver] = (parts[receiver] as bigint) + 1n;
  return { parts: flip ? parts.map((p) => -p) : parts, leftover };
}

/**
 * The first `count` receivers of the queue (0 < count < receivers). A
 * remainder as a double is never out of order with another, only possibly
 * equal to it, so every receiver above the count-th largest double is in the
 * queue's first `count`, and the queue's own order settles those equal to it.
 */
function firstInQueue(input: ExactParts, remainders: readonly (bigint | number)[], count: number): number[] {
  const approximate = remainders.map((r) => Number(r));
  const threshold = kthSmallest(approximate.slice(), approximate.length - count);
  const first: number[] = [];
  const tied: number[] = [];
  for (let i = 0; i < approximate.length; i++) {
    const r = approximate[i] as number;
    if (r > threshold) first.push(i);
    else if (r === threshold) tied.push(i);
  }
  tied.sort(queueOrder(input, remainders));
  return first.concat(tied.slice(0, count - first.length));
}

/**
 * The k-th smallest of `values` (from 0), found by Hoare's selection, which
 * reorders them: linear on average, where sorting them all is not.
 */
function kthSmallest(values: number[], k: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const pivot = values[(low + high) >> 1] as number;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        [values[i], values[j]] = [values[j] as number, values[i] as number];
        i++;
        j--;
      }
    }
    if (k <= j) high = j;
    else if (k >= i) low = i;
    else break;
  }
  return values[k] as number;
}

/** ROUNDING.md's queue: larger remainders first (they share one denominator, so they compare as they are), then larger shares, then earlier positions. */
function queueOrder(input: ExactParts, remainders: readonly (bigint | number)[]) {
  const { shares, positions } = input;
  return (a: number, b: number): number =>
    compareDesc(remainders[a] as bigint | number, remainders[b] as bigint | number) ||
    compareDesc(shares[a] ?? 0n, shares[b] ?? 0n) ||
    (positions[a] ?? 0) - (positions[b] ?? 0);
}

function floors(input: ExactParts, flip: boolean): Floors {
  return fitsDouble(input) ? floorsSmall(input, flip) : floorsLarge(input, flip);
}

/** Floors and remainders (over the input's denominator) per receiver. */
interface Floors {
  parts: bigint[];
  remainders: (bigint | number)[];
}

/** Below 2^52 a double holds every integer exactly, and so do their differences and q·d products. */
const EXACT_IN_DOUBLE = 2n ** 52n;

function fitsDouble(input: ExactParts): boolean {
  if (input.denominator >= EXACT_IN_DOUBLE) return false;
  return input.numerators.every((n) => n < EXACT_IN_DOUBLE && n > -EXACT_IN_DOUBLE);
}

/** The common case, in integers held exactly by doubles. */
function floorsSmall(input: ExactParts, flip: boolean): Floors {
  const d = Number(input.denominator);
  const parts: bigint[] = [];
  const remainders: number[] = [];
  for (const numerator of input.numerators) {
    const n = flip ? -Number(numerator) : Number(numerator);
    let q = Math.floor(n / d);
    let r = n - q * d;
    // Plain assignments, not a destructured pair: this runs once per receiver, often before it is optimised.
    if (r < 0) {
      q -= 1;
      r += d;
    } else if (r >= d) {
      q += 1;
      r -= d;
    }
    parts.push(BigInt(q));
    remainders.push(r);
  }
  return { parts, remainders };
}

function floorsLarge(input: ExactParts, flip: boolean): Floors {
  const d = input.denominator;
  const parts: bigint[] = [];
  const remainders: bigint[] = [];
  for (const numerator of input.numerators) {
    const n = flip ? -numerator : numerator;
    // Division truncates towards zero: a negative n with a remainder is one below its quotient.
    // A remainder (%) rather than n − q·d spares a product of large numbers per receiver.
    let q = n / d;
    let r = n % d;
    if (r < 0n) {
      q -= 1n;
      r += d;
    }
    parts.push(q);
    remainders.push(r);
  }
  return { parts, remainders };
}

function compareDesc<T extends bigint | number>(a: T, b: T): number {
  return a === b ? 0 : a > b ? -1 : 1;
}
