import { cutTo, nameText } from "../description/xmlSafe";

/** Excel allows sheet names of at most 31 characters. */
export const MAX_SHEET_NAME = 31;
/** Excel refuses these characters in a sheet name. */
const NOT_IN_SHEET_NAMES = /[\\/:*?[\]]/g;

/**
 * A sheet name Excel takes, from any text: no control characters nor what
 * XML forbids, none of `[]:*?/\` (replaced by "-"), no apostrophe or space at
 * either end, at most 31 characters, not "History" (Excel keeps it, in any
 * case) and not empty (then `fallback`, cleaned the same way, or "-").
 *
 * @example
 * excelSheetName("Underlag A:B'"); // "Underlag A-B"
 * excelSheetName("history"); // "history (1)"
 */
export function excelSheetName(text: string, fallback = "-"): string {
  const trim = (name: string) => name.replace(/^['\s]+|['\s]+$/g, "");
  let name = trim(cutTo(trim(nameText(text).replace(NOT_IN_SHEET_NAMES, "-")), MAX_SHEET_NAME));
  if (name === "") name = fallback === "-" ? "-" : excelSheetName(fallback);
  return name.toLowerCase() === "history" ? `${name} (1)` : name;
}

/**
 * Names sheets uniquely as Excel compares names (case ignored), each valid
 * by {@link excelSheetName}: a clashing name gets " (2)", " (3)" …, cut to
 * keep within 31 characters. `taken` holds the names already in use.
 *
 * @example
 * const name = uniqueSheetNames(["Indata"]);
 * [name("Östersund"), name("ÖSTERSUND"), name("indata")]; // ["Östersund", "ÖSTERSUND (2)", "indata (2)"]
 */
export function uniqueSheetNames(
  taken: readonly string[] = [],
): (wanted: string, fallback?: string) => string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  return (wanted, fallback) => {
    const base = excelSheetName(wanted, fallback);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = `${cutTo(base, MAX_SHEET_NAME - suffix.length).replace(/['\s]+$/, "")}${suffix}`;
    }
    used.add(name.toLowerCase());
    return name;
  };
}
