const DECIMAL = /^[+-]?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * How many digits a decimal number has when written out without an
 * exponent (leading zeros not counted): "1e40" has 41, "0.5" has 1,
 * "1e-40" has 40. Counted from the text, never by expanding it, so that
 * "1e999999999" costs nothing. NaN for text that is not a decimal number.
 *
 * @example
 * writtenDigits("1250.50"); // 6
 * writtenDigits("1e40"); // 41
 */
export function writtenDigits(text: string): number {
  const match = DECIMAL.exec(text);
  if (!match) return NaN;
  const [, whole = "", fraction = "", exponent = "0"] = match;
  const all = whole + fraction;
  const lead = all.length - all.replace(/^0+/, "").length;
  if (lead === all.length) return all.length === 0 ? NaN : 1;
  const point = whole.length + Number(exponent);
  return Math.max(point, all.length) - Math.min(lead, point);
}
