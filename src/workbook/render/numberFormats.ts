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
  if (lastAmount?.decimals !== decimals || lastAmount.suffix !== suffix)
    lastAmount = {
      decimals,
      suffix,
      format: `#,##0${decimals > 0 ? `.${"0".repeat(decimals)}` : ""} "${suffix}"`,
    };
  return lastAmount.format;
}

/** Exact amounts and adjustments: two decimals more than the unit shows, at least two. */
export function exactFormat(decimals: number): string {
  if (lastExact?.decimals !== decimals)
    lastExact = { decimals, format: `#,##0.${"0".repeat(Math.max(2, decimals + 2))}` };
  return lastExact.format;
}

/**
 * The last format made, handed out again as the same string while asked
 * for the same: the national model's 100 000 cells then share a few formats
 * instead of each holding its own copy, and the layout's and writers'
 * lookups by format find them without hashing each anew.
 */
let lastAmount: { decimals: number; suffix: string; format: string } | undefined;
let lastExact: { decimals: number; format: string } | undefined;

export const SHARE_FORMAT = "0.0000%";
export const PERCENT_FORMAT = "0.0%";
export const KEY_FORMAT = "#,##0.######";
export const PER_INHABITANT_FORMAT = '#,##0.00 "kr"';
