import type { Cell } from "../description/types";
import { BOLD, REGULAR } from "./fontWidths";

/**
 * How wide text prints in the font the workbooks name (Calibri, measured in
 * its metric twin Carlito), and how a number shows in a Swedish Excel or
 * LibreOffice: the layout of a sheet is computed from these, so that no
 * column shows "###" and no heading is cut.
 */

/** The font of a cell: Calibri at 11 points unless a title (14) or bold. */
export interface Font {
  readonly bold?: boolean;
  readonly points?: number;
}

/** A character the tables lack is taken as wide as a capital M, to be safe. */
const UNKNOWN = 860;

/**
 * Text's width in pixels at 96 dpi.
 *
 * @example
 * Math.round(textPixels("1 234 567 kr")); // 81
 */
export function textPixels(text: string, font: Font = {}): number {
  const table = font.bold === true ? BOLD : REGULAR;
  let thousandths = 0;
  for (const c of text) thousandths += table[c] ?? UNKNOWN;
  return (thousandths / 1000) * (font.points ?? 11) * (96 / 72);
}

/** Swedish groups thousands with a no-break space and marks decimals with a comma. */
function grouped(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
}

/**
 * A number as a Swedish spreadsheet shows it in one of Fördela's formats
 * (grouping, fixed and optional decimals, percent, a quoted unit), with the
 * typographic minus, which is the widest a minus prints.
 *
 * @example
 * swedishNumber(-1234567, '#,##0 "kr"'); // "−1 234 567 kr"
 * swedishNumber(-0.123, "0.0%"); // "−12,3 %"
 */
export function swedishNumber(value: number, format: string): string {
  const percent = format.includes("%");
  const decimals = /\.(0*)(#*)/.exec(format);
  const fixed = decimals?.[1]?.length ?? 0;
  const optional = decimals?.[2]?.length ?? 0;
  const unit = /"([^"]*)"/.exec(format)?.[1];
  const shown = percent ? value * 100 : value;
  let text = Math.abs(shown).toFixed(fixed + optional);
  if (optional > 0) text = text.replace(new RegExp(`0{0,${optional}}$`), "").replace(/\.$/, "");
  const [whole = "0", fraction] = text.split(".");
  const number = `${format.includes(",") ? grouped(whole) : whole}${fraction === undefined ? "" : `,${fraction}`}`;
  const sign = shown < 0 && /[1-9]/.test(text) ? "−" : "";
  return `${sign}${number}${percent ? "\u00a0%" : ""}${unit === undefined ? "" : `\u00a0${unit}`}`;
}

/**
 * The text a cell shows: its text, its number or cached result in its
 * format, or for a formula without a result `estimate` (the widest its
 * column's values suggest).
 *
 * @example
 * shownText({ row: 0, col: 0, value: 0.5, numberFormat: "0.0%" }, () => 0); // "50,0 %"
 */
export function shownText(cell: Cell, estimate: (cell: Cell) => number): string {
  const value = cell.formula === undefined ? cell.value : (cell.result ?? estimate(cell));
  if (typeof value === "number")
    return cell.numberFormat === undefined
      ? String(value).replace(".", ",")
      : swedishNumber(value, cell.numberFormat);
  if (typeof value === "boolean") return value ? "SANT" : "FALSKT";
  return value ?? "";
}

/**
 * How many lines text takes when wrapped at spaces within `pixels`.
 *
 * @example
 * wrappedLines("Kontrollen är 0 när delarna summerar", 100); // 3
 */
export function wrappedLines(text: string, pixels: number, font: Font = {}): number {
  let lines = 1;
  let line = "";
  for (const word of text.split(" ")) {
    const tried = line === "" ? word : `${line} ${word}`;
    if (line !== "" && textPixels(tried, font) > pixels) {
      lines++;
      line = word;
    } else line = tried;
  }
  return lines;
}

/**
 * The widest word of a text in pixels: a column narrower than it cuts the word.
 *
 * @example
 * widestWord("Skillnad kr") > widestWord("kr"); // true
 */
export function widestWord(text: string, font: Font = {}): number {
  return Math.max(0, ...text.split(" ").map((w) => textPixels(w, font)));
}
