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
  // A message's missing parameter comes back as it was, as it did when this was a regular expression.
  if (typeof decimal !== "string") return decimal;
  const sign = decimal.startsWith("-") ? 1 : 0;
  const point = decimal.indexOf(".");
  const end = point < 0 ? decimal.length : point;
  if (!digits(decimal, sign, end) || (point >= 0 && !digits(decimal, point + 1, decimal.length)))
    return decimal;
  // Written by hand, not with a regular expression: the command line writes 300 000 amounts on the national model.
  const head = (end - sign) % 3 || 3;
  let grouped = decimal.slice(sign, sign + head);
  for (let i = sign + head; i < end; i += 3) grouped += THOUSANDS + decimal.slice(i, i + 3);
  return `${sign === 1 ? "-" : ""}${grouped}${point < 0 ? "" : `,${decimal.slice(point + 1)}`}`;
}

/** Whether text[from, to) is one or more of the digits 0–9. */
function digits(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
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
