import { formatTrimmed } from "./formatDecimal";
import { Rational } from "./rational";

/**
 * The sum of many fractions, added pairwise as a tree and left unreduced:
 * 300 shares with 18-digit denominators make a few thousand digits once,
 * instead of a common divisor of that size at every step (which took
 * seconds). Compare it with `equals`, or show it with {@link showTotal}.
 *
 * @example
 * sumExact([Rational.of(1n, 3n), Rational.of(2n, 3n)]).equals(Rational.ONE); // true
 */
export function sumExact(values: readonly Rational[]): Rational {
  if (values.length === 0) return Rational.ZERO;
  let level = [...values];
  while (level.length > 1) {
    const next: Rational[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const a = level[i] ?? Rational.ZERO;
      const b = level[i + 1];
      next.push(b === undefined ? a : addUnreduced(a, b));
    }
    level = next;
  }
  return level[0] ?? Rational.ZERO;
}

function addUnreduced(a: Rational, b: Rational): Rational {
  if (a.den === b.den) return Rational.unreduced(a.num + b.num, a.den);
  return Rational.unreduced(a.num * b.den + b.num * a.den, a.den * b.den);
}

/**
 * A total as a message shows it: the exact fraction in lowest terms while it
 * is short, else "about" and six decimals.
 *
 * @example
 * showTotal(Rational.of(9n, 10n)); // "9/10"
 */
export function showTotal(total: Rational): string {
  if (total.den < 10n ** 40n) return total.toString();
  const shown = formatTrimmed(total, 6);
  return /^-?0$/.test(shown) && total.sign() !== 0 ? "less than 0.000001" : `about ${shown}`;
}
