import { describe, parseDecimal } from "../exact/parseDecimal";
import type { Rational } from "../exact/rational";
import { decimalsOf, formatDecimal } from "../exact/formatDecimal";
import { ModelError } from "./ModelError";

/**
 * Reads an amount that must be a whole multiple of the rounding unit.
 *
 * @example
 * parseWholeAmount("4000000", "lines.bidrag.amount", Rational.ONE).toString(); // "4000000"
 * parseWholeAmount("1250.50", "lines.bidrag.amount", Rational.ONE); // throws: … is not a whole multiple of the rounding unit 1
 */
export function parseWholeAmount(value: unknown, path: string, unit: Rational): Rational {
  const amount = parseDecimal(value, path);
  if (!amount.div(unit).isInteger()) {
    throw new ModelError(path, "notWhole", { found: describe(value), unit: unitText(unit) });
  }
  return amount;
}

/**
 * The unit as a treasurer writes it: "1", "0.01", "100".
 *
 * @example
 * unitText(Rational.of(1n, 100n)); // "0.01"
 */
export function unitText(unit: Rational): string {
  return formatDecimal(unit, decimalsOf(unit));
}
