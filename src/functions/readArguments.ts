import { Rational } from "../engine/exact/rational";
import type { RoundingMethod } from "../engine/rounding/types";
import type { Argument, Words } from "./messages";
import { refuse } from "./refuse";
import { isBlank, readValue, typed } from "./readValue";
import { single } from "./grid";
import { exactText, terminates } from "./exactText";

/**
 * The rounding unit: 1 when left out, else a positive terminating decimal (1, 0.01, 100).
 *
 * @example
 * readUnit(undefined, words).toString(); // "1"
 * readUnit(0.01, words).toString(); // "1/100"
 */
export function readUnit(value: unknown, words: Words): Rational {
  const raw = single(value, "unit", words);
  if (isBlank(raw)) return Rational.ONE;
  const unit = readValue(raw, { argument: "unit" }, words);
  if (unit.sign() <= 0 || !terminates(unit))
    refuse("#VALUE!", words, { argument: "unit" }, "badUnit", { typed: typed(raw, words) });
  return unit;
}

/**
 * An amount in whole rounding units; one that is not a whole multiple of the unit is refused.
 *
 * @example
 * wholeUnits(Rational.of(1000n), Rational.of(1n, 100n), "amount", words); // 100000n
 */
export function wholeUnits(
  amount: Rational,
  unit: Rational,
  argument: Argument,
  words: Words,
  row?: number,
): bigint {
  const units = amount.div(unit);
  if (!units.isInteger()) {
    const place = row === undefined ? { argument } : { argument, row };
    refuse("#VALUE!", words, place, "notWhole", {
      amount: exactText(amount, words),
      unit: exactText(unit, words),
    });
  }
  return units.num / units.den;
}

const METHODS: Record<string, RoundingMethod> = {
  largestremainder: "largest-remainder",
  hamilton: "largest-remainder",
  storstarest: "largest-remainder",
  saintelague: "sainte-lague",
  dhondt: "dhondt",
};

/**
 * A rounding method by name, however it is spelt ("Sainte-Laguë", "d'Hondt",
 * "största rest"); `fallback` when left out. Only the methods in `allowed` are taken.
 *
 * @example
 * readMethod("D'Hondt", "largest-remainder", ["largest-remainder", "dhondt"], words); // "dhondt"
 */
export function readMethod(
  value: unknown,
  fallback: RoundingMethod,
  allowed: readonly RoundingMethod[],
  words: Words,
): RoundingMethod {
  const raw = single(value, "method", words);
  if (isBlank(raw)) return fallback;
  const key =
    typeof raw === "string"
      ? raw
          .normalize("NFD")
          .replace(/[\u0300-\u036f]/g, "")
          .toLowerCase()
          .replace(/[^a-z]/g, "")
      : "";
  const method = METHODS[key];
  if (method === undefined || !allowed.includes(method))
    refuse("#VALUE!", words, { argument: "method" }, "badMethod", {
      typed: typed(raw, words),
      allowed: allowed.map((m) => `"${m}"`).join(", "),
    });
  return method;
}
