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
   * `scale` (`all`); all in lowest terms.
   */
  totals(scale: Rational = Rational.ONE): { each: Map<K, Rational>; all: Rational } {
    const common = this.commonDenominator();
    const factors = new Map<bigint, bigint>();
    const den = common * scale.den;
    const each = new Map<K, Rational>();
    let all = 0n;
    for (const [key, byDen] of this.sums) {
      let num = 0n;
      for (const [d, n] of byDen) {
        let factor = factors.get(d);
        if (factor === undefined) {
          factor = common / d;
          factors.set(d, factor);
        }
        num += n * factor;
      }
      all += num;
      each.set(key, Rational.of(num * scale.num, den));
    }
    return { each, all: Rational.of(all * scale.num, den) };
  }

  private commonDenominator(): bigint {
    const seen = new Set<bigint>();
    let common = 1n;
    for (const byDen of this.sums.values())
      for (const d of byDen.keys()) {
        if (seen.has(d)) continue;
        seen.add(d);
        common = lcm(common, d);
      }
    return common;
  }
}
