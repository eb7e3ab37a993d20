import { decimalFromText } from "../engine/exact/parseDecimal";
import { Rational } from "../engine/exact/rational";
import { decimalComma } from "../format/swedishAmount";
import type { Place, Words } from "./messages";
import { refuse } from "./refuse";

/** Excel shows, and its users mean, a cell's double to 15 significant digits. */
const EXCEL_DIGITS = 15;
/** MODEL.md's limits: numbers of at most 40 digits written out; shares of at most 18-digit terms. */
const MAX_DIGITS = 40;
const MAX_SHARE_DIGITS = 18;

const SPACES = /[\s\u00a0\u202f]/g;
const FRACTION = /^([+-]?\d+)\/(\d+)$/;

/** A value read exactly, and whether it was written as a fraction (which has no decimal digits to count). */
interface Reading {
  readonly value: Rational;
  readonly fraction: boolean;
}

/**
 * Reads one cell exactly: a number as Excel shows it (its double rounded to
 * 15 significant digits, so `=0.1+0.2` is 0.3), or text typed as a decimal
 * with a comma or a point ("1250,50", "1 250.50"), a fraction ("1/3") or a
 * percentage ("25%"). A blank cell, a truth value or other text is refused,
 * naming the place; so is a number past MODEL.md's limits.
 *
 * @example
 * readValue(0.1 + 0.2, { argument: "amount" }, words).toString(); // "3/10"
 * readValue("1250,50", { argument: "amount" }, words).toString(); // "2501/2"
 */
export function readValue(value: unknown, place: Place, words: Words): Rational {
  const reading = read(value, place, words);
  if (reading.fraction) checkShareDigits(reading.value, value, place, words);
  else if (writtenDigits(reading.value) > MAX_DIGITS)
    refuse("#NUM!", words, place, "tooManyDigits", { typed: typed(value, words) });
  return reading.value;
}

/**
 * Reads a share or weight: as {@link readValue}, between 0 and 1, and with a
 * numerator and denominator of at most 18 digits in lowest terms.
 *
 * @example
 * readShare("25%", { argument: "weights", column: 2 }, words).toString(); // "1/4"
 */
export function readShare(value: unknown, place: Place, words: Words): Rational {
  const share = readValue(value, place, words);
  if (share.sign() < 0 || share.compare(Rational.ONE) > 0)
    refuse("#VALUE!", words, place, "notShare", { typed: typed(value, words) });
  checkShareDigits(share, value, place, words);
  return share;
}

/**
 * Whether a cell is blank: Excel passes an empty cell as null or "" (and an omitted argument as null).
 *
 * @example
 * isBlank(""); // true
 */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * A cell's value as the user sees it, for a message: text in quotes, numbers the user's way.
 *
 * @example
 * typed("sju", words); // "\"sju\""
 */
export function typed(value: unknown, words: Words): string {
  if (typeof value === "string") return `"${value}"`;
  if (typeof value === "number") {
    // as Excel shows it: 15 significant digits, no trailing zeros
    const text = Number.isFinite(value) ? String(Number(value.toPrecision(EXCEL_DIGITS))) : String(value);
    return words.language === "sv" ? decimalComma(text) : text;
  }
  if (typeof value === "boolean")
    return words.language === "sv" ? (value ? "SANT" : "FALSKT") : String(value).toUpperCase();
  // Excel passes only primitives; anything else is named by its kind, since
  // String() on an arbitrary object can throw (a "toString" that is no function)
  return typeof value === "object" || typeof value === "function"
    ? Object.prototype.toString.call(value)
    : String(value);
}

function read(value: unknown, place: Place, words: Words): Reading {
  if (isBlank(value)) return refuse("#VALUE!", words, place, "blank", {});
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      return refuse("#NUM!", words, place, "notNumber", { typed: typed(value, words) });
    const parsed = value === 0 ? Rational.ZERO : decimalFromText(value.toPrecision(EXCEL_DIGITS));
    if (parsed !== undefined) return { value: parsed, fraction: false };
  }
  if (typeof value === "string") {
    const reading = fromText(value);
    if (reading !== undefined) return reading;
  }
  return refuse("#VALUE!", words, place, "notNumber", { typed: typed(value, words) });
}

function fromText(text: string): Reading | undefined {
  const cleaned = text.replace(SPACES, "").replace(/\u2212/g, "-");
  const fraction = FRACTION.exec(cleaned);
  if (fraction) {
    const den = BigInt(fraction[2] ?? "0");
    return den === 0n ? undefined : { value: Rational.of(BigInt(fraction[1] ?? "0"), den), fraction: true };
  }
  const percent = cleaned.endsWith("%");
  const decimal = fromDecimalText(percent ? cleaned.slice(0, -1) : cleaned);
  if (decimal === undefined) return undefined;
  return { value: percent ? decimal.div(Rational.of(100n)) : decimal, fraction: false };
}

/** A decimal with a comma or a point, never both, and at most one of them. */
function fromDecimalText(text: string): Rational | undefined {
  const separators = text.replace(/[^,.]/g, "");
  if (separators.length > 1) return undefined;
  return decimalFromText(text.replace(",", "."));
}

function checkShareDigits(value: Rational, raw: unknown, place: Place, words: Words): void {
  const { num, den } = value.reduced();
  if (
    (num < 0n ? -num : num).toString().length > MAX_SHARE_DIGITS ||
    den.toString().length > MAX_SHARE_DIGITS
  )
    refuse("#NUM!", words, place, "tooPrecise", { typed: typed(raw, words) });
}

/** Digits of a decimal written out without an exponent: 1e6 has 7, 0.05 has 3. */
function writtenDigits(value: Rational): number {
  const { num, den } = value.reduced();
  let twos = 0;
  let fives = 0;
  for (let d = den; d % 2n === 0n; d /= 2n) twos++;
  for (let d = den; d % 5n === 0n; d /= 5n) fives++;
  const decimals = Math.max(twos, fives);
  const scaled = ((num < 0n ? -num : num) * 10n ** BigInt(decimals)) / den;
  return Math.max(scaled.toString().length, decimals + 1);
}
