import type { CommonForm } from "../exact/commonForm";
import { compareRatios } from "../exact/compareRatios";
import { clamp0 } from "./checkFeasible";

/** Lower and upper bounds per receiver, in whole units; undefined where there is none. */
export interface Limits {
  readonly min: readonly (bigint | undefined)[];
  readonly max: readonly (bigint | undefined)[];
}

/** Where μ = p / q (q > 0) makes a receiver leave its minimum or reach its maximum. */
interface Event {
  readonly p: bigint;
  readonly q: bigint;
  readonly estimate: number;
  readonly bound: bigint;
  readonly leavesMin: boolean;
}

/** The exact amounts within bounds, and μ = p / q, the one number that makes them add up. */
export interface Bounded extends CommonForm {
  readonly mu: { readonly p: bigint; readonly q: bigint };
}

/**
 * Splits a whole number of units by shares within bounds, exactly and before
 * rounding: receiver i gets clamp(μ · S_i, min_i, max_i), where μ is the one
 * number that makes the parts add up to the amount. Receivers held at a
 * bound keep it; the others share the rest in proportion. The caller has
 * checked that the bounds can hold.
 *
 * The total Σ clamp(μ · S_i) rises piecewise linearly with μ; a sweep over
 * the points where receivers meet their bounds finds the piece where it
 * reaches the amount. Integer arithmetic only.
 *
 * @example
 * solveBounds(100n, [1n, 1n], { min: [60n, undefined], max: [undefined, undefined] });
 * // { numerators: [60n, 40n], denominator: 1n, mu: { p: 40n, q: 1n } }
 */
export function solveBounds(amount: bigint, shares: readonly bigint[], limits: Limits): Bounded {
  let free = 0n; // Σ S_i of receivers between their bounds
  let held = 0n; // Σ of the bounds the others are held at
  const events: Event[] = [];
  shares.forEach((s, i) => {
    const min = limits.min[i];
    const max = limits.max[i];
    if (s === 0n) held += clamp0(min, max);
    else if (min === undefined) free += s;
    else held += min;
    if (s > 0n && min !== undefined) events.push(event(min, s, true));
    if (s > 0n && max !== undefined) events.push(event(max, s, false));
  });
  events.sort(compareRatios);
  let last: Event | undefined;
  for (const event of events) {
    last = event;
    if (event.p * free + held * event.q >= amount * event.q) break;
    const share = event.q;
    if (event.leavesMin) {
      held -= event.bound;
      free += share;
    } else {
      free -= share;
      held += event.bound;
    }
  }
  // With nobody free the total is flat at the amount: any μ of this piece will do, such as its end.
  if (free === 0n) return valuesAt(last?.p ?? 0n, last?.q ?? 1n, shares, limits);
  return valuesAt(amount - held, free, shares, limits);
}

function event(bound: bigint, share: bigint, leavesMin: boolean): Event {
  return { p: bound, q: share, estimate: Number(bound) / Number(share), bound, leavesMin };
}

/** Every receiver's clamp(μ · S_i, min_i, max_i) for μ = p/q, over the denominator q. */
function valuesAt(p: bigint, q: bigint, shares: readonly bigint[], limits: Limits): Bounded {
  const numerators = shares.map((s, i) => {
    const value = p * s;
    const min = limits.min[i];
    const max = limits.max[i];
    if (min !== undefined && value <= min * q) return min * q;
    if (max !== undefined && value >= max * q) return max * q;
    return value;
  });
  return { numerators, denominator: q, mu: { p, q } };
}
