/** The no-break space that Swedish writes between thousands. */
export const THOUSANDS = "\u00a0";

/**
 * A number's text with the Swedish decimal comma in place of the point, and
 * nothing else changed: "12.5" becomes "12,5", "103.2%" becomes "103,2%".
 *
 * @example
 * decimalComma("1.032"); // "1,032"
 */
export function decimalComma(text: string): string {
  return text.replace(".", ",");
}

/**
 * Writes a decimal string the Swedish way: a no-break space between
 * thousands and a decimal comma. The digits are kept as they are; nothing is
 * rounded or parsed through floating point.
 *
 * @example
 * swedishAmount("-1234567.50"); // "-1 234 567,50" (with no-break spaces)
 */
export function swedishAmount(decimal: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal);
  if (!match) return decimal;
  const [, sign = "", whole = "", fraction] = match;
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, THOUSANDS);
  return `${sign}${grouped}${fraction === undefined ? "" : `,${fraction}`}`;
}

/**
 * A difference the Swedish way, its sign always shown: "+" for an increase,
 * the typographic minus "−" for a decrease, none for zero.
 *
 * @example
 * signedAmount("94600"); // "+94 600"
 * signedAmount("-253200.50"); // "−253 200,50"
 */
export function signedAmount(decimal: string): string {
  const written = swedishAmount(decimal.replace(/^-/, ""));
  if (!/[1-9]/.test(decimal)) return written;
  return decimal.startsWith("-") ? `\u2212${written}` : `+${written}`;
}
