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
 * A total as a message's parameters show it: the exact fraction in lowest
 * terms while it is short (`near` ""), else six decimals, `near` saying
 * "about" or, for a total that six decimals show as 0, "below" 0.000001.
 * The message tables put `near` in words.
 *
 * @example
 * showTotal(Rational.of(9n, 10n)); // { sum: "9/10", near: "" }
 */
export function showTotal(total: Rational): { sum: string; near: "" | "about" | "below" } {
  if (total.den < 10n ** 40n) return { sum: total.toString(), near: "" };
  const shown = formatTrimmed(total, 6);
  return /^-?0$/.test(shown) && total.sign() !== 0
    ? { sum: "0.000001", near: "below" }
    : { sum: shown, near: "about" };
}
