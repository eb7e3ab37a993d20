import { JsonNumber } from "../json/jsonNumber";
import { ModelError } from "../model/ModelError";
import { Rational } from "./rational";
import { writtenDigits } from "./writtenDigits";
import { LIMITS } from "../model/limits";
import { quote, quoted } from "../model/quote";

const DECIMAL = /^([+-]?)(\d+)?(?:\.(\d+)?)?(?:[eE]([+-]?\d+))?$/;

/**
 * Describes a value as a treasurer would read it back in a message: text in
 * quotes, a number as written, and the bare words `list` and `object` (which
 * the message tables put in words) for a list and an object.
 */
export function describe(value: unknown): string {
  if (value instanceof JsonNumber) return quote(value.text);
  if (typeof value === "string") return quoted(value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "list";
  if (typeof value === "object") return "object";
  return String(value);
}

/**
 * Reads decimal text such as "1250.50", "-3", "1e6" into an exact rational, or
 * returns undefined when the text is not a plain decimal number.
 *
 * @example
 * decimalFromText("1250.50")?.toString(); // "2501/2"
 * decimalFromText("sju tusen"); // undefined
 */
export function decimalFromText(text: string): Rational | undefined {
  const match = DECIMAL.exec(text);
  if (!match) return undefined;
  const [, sign, whole = "", fraction = "", exponent = "0"] = match;
  if (whole === "" && fraction === "") return undefined;
  const digits = BigInt(whole + fraction || "0");
  const scale = BigInt(exponent) - BigInt(fraction.length);
  if (scale > 400n || scale < -400n) return undefined;
  const value = scale >= 0n ? Rational.of(digits * 10n ** scale) : Rational.of(digits, 10n ** -scale);
  return sign === "-" ? value.neg() : value;
}

/**
 * Reads a model's number: a decimal string, a JSON number (kept exact by the
 * lossless reader) or a finite JavaScript number (read through its shortest
 * decimal form, which is the literal that was written). Refuses anything else
 * with the field's path.
 *
 * @example
 * parseDecimal("25.5", "keys.k.values.a").toString(); // "51/2"
 * parseDecimal("sju tusen", "keys.k.values.a"); // throws: keys.k.values.a: "sju tusen" is not a number
 */
export function parseDecimal(value: unknown, path: string): Rational {
  const text =
    value instanceof JsonNumber
      ? value.text
      : typeof value === "number" && Number.isFinite(value)
        ? String(value)
        : typeof value === "string"
          ? value.trim()
          : undefined;
  if (text !== undefined) checkDigits(text, value, path);
  const parsed = text === undefined ? undefined : decimalFromText(text);
  if (parsed === undefined) throw new ModelError(path, "notANumber", { found: describe(value) });
  return parsed;
}

/** A whole number as most key values are written: no sign, point, exponent or leading zero; 15 digits at most. */
const PLAIN_WHOLE = /^(?:0|[1-9]\d{0,14})$/;

/**
 * The number {@link parseDecimal} reads from a value written as a plain
 * whole number ("5146", or a JSON number so written), without its general
 * reading; undefined for anything else, which the caller reads with
 * parseDecimal. Such a number is whole, over 1, so already in lowest terms,
 * and is far below the digit limit. For keys, where thousands of values are
 * read per model and scenario.
 *
 * @example
 * plainWhole("5146")?.toString(); // "5146"
 * plainWhole("25.5"); // undefined
 */
export function plainWhole(value: unknown): Rational | undefined {
  const text = value instanceof JsonNumber ? value.text : typeof value === "string" ? value : undefined;
  if (text === undefined || !PLAIN_WHOLE.test(text)) return undefined;
  return Rational.unreduced(BigInt(text), 1n);
}

/**
 * Refuses a number with more than {@link LIMITS.digits} digits written out
 * (MODEL.md "Limits"), before it is ever expanded; `value` is what the
 * message quotes.
 *
 * @example
 * checkDigits("1e40", "1e40", "lines.a.amount"); // throws: lines.a.amount: 1e40 has more than 40 digits written out
 */
export function checkDigits(text: string, value: unknown, path: string): void {
  if (writtenDigits(text) > LIMITS.digits)
    throw new ModelError(path, "tooManyDigits", { found: describe(value), max: LIMITS.digits });
}
