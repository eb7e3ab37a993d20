/** A ratio of integers with a positive denominator. */
export interface Ratio {
  readonly p: bigint;
  readonly q: bigint;
  /** p / q as a double, if the caller has it at hand. */
  readonly estimate?: number;
}

/** Relative distance under which two approximations could be in the wrong order. */
const CLOSE = 1e-9;

/**
 * Orders two ratios p/q exactly. A floating-point estimate settles clear
 * cases quickly; only ratios whose estimates lie within a relative 1e-9 of
 * each other (where rounding could misorder them) are compared by exact
 * cross-multiplication, so the order is always the exact one.
 *
 * @example
 * [{ p: 2n, q: 3n }, { p: 1n, q: 2n }].sort(compareRatios); // 1/2, then 2/3
 */
export function compareRatios(a: Ratio, b: Ratio): number {
  const x = a.estimate ?? Number(a.p) / Number(a.q);
  const y = b.estimate ?? Number(b.p) / Number(b.q);
  if (Number.isFinite(x) && Number.isFinite(y) && Math.abs(x - y) > CLOSE * (Math.abs(x) + Math.abs(y)))
    return x < y ? -1 : 1;
  const left = a.p * b.q;
  const right = b.p * a.q;
  return left === right ? 0 : left < right ? -1 : 1;
}
