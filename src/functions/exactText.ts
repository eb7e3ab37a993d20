import { decimalsOf, formatDecimal } from "../engine/exact/formatDecimal";
import type { Rational } from "../engine/exact/rational";
import { decimalComma } from "../format/swedishAmount";
import type { Words } from "./messages";

/** Beyond this many decimals a number is shown as a fraction (MODEL.md's 40 digits). */
const MAX_DECIMALS = 40;

/**
 * Whether a number is a decimal that ends (its denominator has no factor but
 * 2 and 5) within 40 decimals.
 *
 * @example
 * terminates(Rational.of(1n, 8n)); // true
 * terminates(Rational.of(1n, 3n)); // false
 */
export function terminates(value: Rational): boolean {
  let den = value.reduced().den;
  let twos = 0;
  let fives = 0;
  for (; den % 2n === 0n && twos <= MAX_DECIMALS; twos++) den /= 2n;
  for (; den % 5n === 0n && fives <= MAX_DECIMALS; fives++) den /= 5n;
  return den === 1n && twos <= MAX_DECIMALS && fives <= MAX_DECIMALS;
}

/**
 * A number written exactly for a message, the user's way: a decimal with all
 * its digits ("0,999999999999999"), or a fraction where no decimal ends ("1/3").
 *
 * @example
 * exactText(Rational.of(1n, 4n), wordsFor("sv")); // "0,25"
 */
export function exactText(value: Rational, words: Words): string {
  const text = terminates(value) ? formatDecimal(value, decimalsOf(value)) : value.toString();
  return words.language === "sv" ? decimalComma(text) : text;
}
