/**
 * Number format codes. They are written in Excel's locale-independent syntax
 * ("," groups thousands, "." marks decimals), which Swedish Excel shows as
 * `1 234 567 kr` and `12,50 kr`.
 */

/**
 * The format of an amount with the unit's decimals.
 *
 * @example
 * amountFormat(0); // '#,##0 "kr"'
 * amountFormat(2); // '#,##0.00 "kr"'
 */
export function amountFormat(decimals: number, currency = "SEK"): string {
  const suffix = currency === "SEK" ? "kr" : currency;
  return once(
    `amount ${decimals} ${suffix}`,
    () => `#,##0${decimals > 0 ? `.${"0".repeat(decimals)}` : ""} "${suffix}"`,
  );
}

/** Exact amounts and adjustments: two decimals more than the unit shows, at least two. */
export function exactFormat(decimals: number): string {
  return once(`exact ${decimals}`, () => `#,##0.${"0".repeat(Math.max(2, decimals + 2))}`);
}

/**
 * Each format made once and handed out as the same string: the national
 * model's 100 000 cells then share a handful of formats instead of each
 * holding its own copy, and the layout's and writers' lookups by format
 * find them without hashing each anew.
 */
const formats = new Map<string, string>();

function once(key: string, make: () => string): string {
  let format = formats.get(key);
  if (format === undefined) {
    format = make();
    formats.set(key, format);
  }
  return format;
}

export const SHARE_FORMAT = "0.0000%";
export const PERCENT_FORMAT = "0.0%";
export const KEY_FORMAT = "#,##0.######";
export const PER_INHABITANT_FORMAT = '#,##0.00 "kr"';
