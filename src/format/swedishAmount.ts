/** The no-break space that Swedish writes between thousands. */
export const THOUSANDS = "\u00a0";

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
