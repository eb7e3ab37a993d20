import { describe, parseDecimal } from "../exact/parseDecimal";
import { Rational } from "../exact/rational";
import { ROUNDING_METHODS, type RoundingMethod } from "../rounding/types";
import { ModelError } from "./ModelError";
import { expectObject } from "./fields";

/**
 * Reads `rounding`: `{ unit, method }`, by default one krona and largest remainder.
 *
 * @example
 * parseRounding({ unit: "100" }).unit.toString(); // "100"
 */
export function parseRounding(value: unknown): { unit: Rational; method: RoundingMethod } {
  if (value === undefined) return { unit: Rational.ONE, method: "largest-remainder" };
  const object = expectObject(value, "rounding", ["unit", "method"]);
  const unit = object.unit === undefined ? Rational.ONE : parseDecimal(object.unit, "rounding.unit");
  if (unit.sign() <= 0) throw new ModelError("rounding.unit", "unitPositive");
  const method = object.method ?? "largest-remainder";
  if (!ROUNDING_METHODS.includes(method as RoundingMethod)) {
    throw new ModelError("rounding.method", "unknownRoundingMethod", {
      found: describe(method),
      known: ROUNDING_METHODS.join(", "),
    });
  }
  return { unit, method: method as RoundingMethod };
}
