import { decimalsOf, formatScaled, pow10 } from "../exact/formatDecimal";
import type { Rational } from "../exact/rational";

/**
 * Writes whole rounding units as an amount with exactly the unit's
 * decimals, by integer arithmetic: the one way results write money, so that
 * a total reads the same in every place it is shown.
 *
 * @example
 * moneyText(Rational.of(1n, 100n))(12345n); // "123.45"
 * moneyText(Rational.of(100n))(7n); // "700"
 */
export function moneyText(unit: Rational): (units: bigint) => string {
  const decimals = decimalsOf(unit);
  const unitInDecimals = (unit.num * pow10(decimals)) / unit.den;
  return (units) => formatScaled(units * unitInDecimals, decimals);
}
