import { Rational, sum } from "../exact/rational";

/** Lower and upper bounds per receiver, in units; undefined where there is none. */
export interface Limits {
  readonly min: readonly (Rational | undefined)[];
  readonly max: readonly (Rational | undefined)[];
}

function clamp(value: Rational, min: Rational | undefined, max: Rational | undefined): Rational {
  const low = min === undefined ? value : value.max(min);
  return max === undefined ? low : low.min(max);
}

/**
 * Splits an amount by shares within bounds, exactly and before rounding:
 * receiver i gets clamp(λ · s_i, min_i, max_i), where λ is the one number that
 * makes the parts add up to the amount. Receivers held at a bound keep it;
 * the others share the rest in proportion. The caller has checked that the
 * bounds can hold.
 *
 * @example
 * solveBounds(Rational.of(100n), [Rational.of(1n, 2n), Rational.of(1n, 2n)],
 *   { min: [Rational.of(60n), undefined], max: [undefined, undefined] }).map(String); // ["60", "40"]
 */
export function solveBounds(amount: Rational, shares: readonly Rational[], limits: Limits): Rational[] {
  const at = (lambda: Rational) => shares.map((s, i) => clamp(lambda.mul(s), limits.min[i], limits.max[i]));
  const total = (lambda: Rational) => sum(at(lambda));
  const points = breakpoints(shares, limits);
  const first = points[0];
  const last = points.at(-1);
  if (first === undefined || last === undefined) return at(amount.div(sum(shares)));
  if (total(first).compare(amount) >= 0)
    return at(beyond(first, amount, total(first), slope(shares, limits.min)));
  if (total(last).compare(amount) <= 0)
    return at(beyond(last, amount, total(last), slope(shares, limits.max)));
  let low = 0;
  let high = points.length - 1;
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    if (total(points[mid] as Rational).compare(amount) <= 0) low = mid;
    else high = mid;
  }
  const a = points[low] as Rational;
  const b = points[high] as Rational;
  const fa = total(a);
  const rise = total(b).sub(fa);
  return at(a.add(amount.sub(fa).mul(b.sub(a)).div(rise)));
}

/** The λ values where some receiver meets a bound, sorted and distinct. */
function breakpoints(shares: readonly Rational[], limits: Limits): Rational[] {
  const points: Rational[] = [];
  shares.forEach((s, i) => {
    if (s.sign() <= 0) return;
    for (const bound of [limits.min[i], limits.max[i]]) if (bound !== undefined) points.push(bound.div(s));
  });
  points.sort((a, b) => a.compare(b));
  return points.filter((p, i) => i === 0 || !p.equals(points[i - 1] as Rational));
}

/** How fast the total grows outside the breakpoints: the shares of receivers with no bound on that side. */
function slope(shares: readonly Rational[], side: readonly (Rational | undefined)[]): Rational {
  return sum(shares.filter((s, i) => s.sign() > 0 && side[i] === undefined));
}

function beyond(point: Rational, amount: Rational, atPoint: Rational, rate: Rational): Rational {
  return rate.sign() === 0 ? point : point.add(amount.sub(atPoint).div(rate));
}
