import { lcm } from "./commonForm";
import { Rational } from "./rational";

/**
 * Sums of rationals per key, kept as one integer numerator per distinct
 * denominator, so that adding costs no greatest common divisor. The sums are
 * brought to lowest terms once, when read, over one common multiple of every
 * denominator seen (computed once for all keys). This keeps summing a
 * party's parts over many lines linear: reducing after every addition makes
 * Euclid run on ever larger numbers.
 *
 * @example
 * const sums = new DenominatorSums<string>();
 * sums.add("a", Rational.of(1n, 3n));
 * sums.add("a", Rational.of(1n, 6n));
 * sums.totals().each.get("a")?.toString(); // "1/2"
 */
export class DenominatorSums<K> {
  private readonly sums = new Map<K, Map<bigint, bigint>>();

  /** Starts a key at zero, so that it is in the totals even if nothing is added to it. */
  zero(key: K): void {
    if (!this.sums.has(key)) this.sums.set(key, new Map());
  }

  add(key: K, value: Rational): void {
    this.addFraction(key, value.num, value.den);
  }

  /** Adds num/den (den positive), with no Rational made for it. */
  addFraction(key: K, num: bigint, den: bigint): void {
    let byDen = this.sums.get(key);
    if (byDen === undefined) {
      byDen = new Map();
      this.sums.set(key, byDen);
    }
    byDen.set(den, (byDen.get(den) ?? 0n) + num);
  }

  /**
   * Each key's sum times `scale` (`each`), and the sum over all keys times
   * `scale` (`all`); all in lowest terms. A key's sum is reduced over the
   * least common multiple of its own denominators, not of every key's: on a
   * large model a party meets a few of the many denominators (its group's
   * key totals), and Euclid's cost grows with the size of the numbers.
   * Keys that met the same denominators in the same order share that
   * multiple and the factors to it, worked out once.
   */
  totals(scale: Rational = Rational.ONE): { each: Map<K, Rational>; all: Rational } {
    const root: Common = { common: 1n, next: new Map(), factors: new Map(), sum: 0n };
    const each = new Map<K, Rational>();
    const ends = new Set<Common>();
    for (const [key, byDen] of this.sums) {
      let node = root;
      for (const d of byDen.keys()) node = step(node, d);
      let num = 0n;
      for (const [d, n] of byDen) num += n * factorTo(node, d);
      node.sum += num;
      ends.add(node);
      each.set(key, Rational.of(num * scale.num, node.common * scale.den));
    }
    return { each, all: allOf(ends, scale) };
  }
}

/** A common multiple of the denominators on the way to it, the ways on, and the sum of the keys that end there. */
interface Common {
  readonly common: bigint;
  readonly next: Map<bigint, Common>;
  readonly factors: Map<bigint, bigint>;
  sum: bigint;
}

function step(node: Common, d: bigint): Common {
  let next = node.next.get(d);
  if (next === undefined) {
    next = { common: lcm(node.common, d), next: new Map(), factors: new Map(), sum: 0n };
    node.next.set(d, next);
  }
  return next;
}

/** common / d, worked out once per common multiple. */
function factorTo(node: Common, d: bigint): bigint {
  let factor = node.factors.get(d);
  if (factor === undefined) {
    factor = node.common / d;
    node.factors.set(d, factor);
  }
  return factor;
}

/** The sum over every key times `scale`, in lowest terms: the sums at each common multiple over their common multiple. */
function allOf(ends: ReadonlySet<Common>, scale: Rational): Rational {
  let common = 1n;
  for (const end of ends) common = lcm(common, end.common);
  let num = 0n;
  for (const end of ends) num += end.sum * (common / end.common);
  return Rational.of(num * scale.num, common * scale.den);
}
