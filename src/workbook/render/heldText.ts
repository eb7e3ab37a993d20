import { decimalsOf, formatDecimal, formatTrimmed, Rational, type Held, type Model } from "../../engine";
import { decimalComma, signedAmount, swedishAmount } from "../../format/swedishAmount";
import type { Language } from "./labels";

/** Units as money text, to the unit's decimals: "1 834 020". */
function moneyText(model: Model, units: Rational): string {
  return swedishAmount(formatDecimal(units.mul(model.unit), decimalsOf(model.unit)));
}

/**
 * How much the bound moved the party: the bound less what its share would
 * have given at the rate the others got, in money, rounded to the unit.
 *
 * @example
 * heldChange(model, held); // "274706" for a förbund lifted to its floor
 */
export function heldChange(model: Model, held: Held): string {
  return formatDecimal(Rational.of(held.bound).sub(held.free).mul(model.unit), decimalsOf(model.unit));
}

function boundName(model: Model, held: Held, language: Language): string {
  const sv = language === "sv";
  if (held.side === "max") return sv ? "sitt högsta belopp" : "its maximum";
  if (held.decrease === undefined) return sv ? "sitt lägsta belopp" : "its minimum";
  const keep = formatTrimmed(Rational.ONE.sub(held.decrease.percent).mul(Rational.of(100n)), 2);
  const key = model.keys.get(held.decrease.from);
  const label = (key?.label ?? held.decrease.from).toLowerCase();
  return sv ? `golvet ${decimalComma(keep)} % av ${label}` : `the floor of ${keep} % of ${label}`;
}

/**
 * A party held at a bound, in a sentence: "Hölls vid golvet 90 % av
 * fjolårets belopp: 1 834 020 kr i stället för 1 559 314 kr (+274 706 kr)."
 *
 * @example
 * heldText(model, held, "en"); // "Held at its maximum: 1 500 kr instead of 1 600 kr (−100 kr)."
 */
export function heldText(model: Model, held: Held, language: Language): string {
  const bound = moneyText(model, Rational.of(held.bound));
  const free = moneyText(model, held.free);
  const change = signedAmount(heldChange(model, held));
  return language === "sv"
    ? `Hölls vid ${boundName(model, held, language)}: ${bound} kr i stället för ${free} kr (${change} kr).`
    : `Held at ${boundName(model, held, language)}: ${bound} kr instead of ${free} kr (${change} kr).`;
}

/**
 * A short mark for a table cell: "golv +274 706", "tak −100" ("floor", "ceiling").
 *
 * @example
 * heldMark(model, held, "sv"); // "golv +274 706"
 */
export function heldMark(model: Model, held: Held, language: Language): string {
  const side =
    held.side === "min" ? (language === "sv" ? "golv" : "floor") : language === "sv" ? "tak" : "ceiling";
  return `${side} ${signedAmount(heldChange(model, held))}`;
}
