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
  const byCode = font.bold === true ? BOLD_CODES : REGULAR_CODES;
  let thousandths = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const width = code < CODES ? byCode[code] : undefined;
    if (width !== undefined && width >= 0) {
      thousandths += width;
      continue;
    }
    // a character above the fast table, or a surrogate pair: by code point
    const c = String.fromCodePoint(text.codePointAt(i) ?? code);
    thousandths += table[c] ?? UNKNOWN;
    i += c.length - 1;
  }
  return (thousandths / 1000) * (font.points ?? 11) * (96 / 72);
}

/** The widths of the characters below this code, by code (-1 for those the table lacks): looked up without a string per character. */
const CODES = 0x3000;

function byCodes(table: Readonly<Record<string, number>>): Int16Array {
  const widths = new Int16Array(CODES).fill(-1);
  for (const [c, width] of Object.entries(table)) {
    const code = c.charCodeAt(0);
    if (c.length === 1 && code < CODES) widths[code] = width;
  }
  return widths;
}

const [REGULAR_CODES, BOLD_CODES] = [byCodes(REGULAR), byCodes(BOLD)];

/** Swedish groups thousands with a no-break space and marks decimals with a comma. */
function grouped(digits: string): string {
  if (!/^\d+$/.test(digits)) return digits.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
  // By hand for plain digits: the national model's sheets show 100 000 numbers.
  const head = digits.length % 3 || 3;
  let text = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) text += `\u00a0${digits.slice(i, i + 3)}`;
  return text;
}

/** What a number format says about showing a number: read once per format. */
interface NumberShape {
  readonly percent: boolean;
  readonly fixed: number;
  readonly optional: number;
  readonly grouping: boolean;
  /** After the number: " %" and the quoted unit, each after a no-break space. */
  readonly suffix: string;
}

const shapes = new Map<string, NumberShape>();

function shapeOf(format: string): NumberShape {
  let shape = shapes.get(format);
  if (shape === undefined) {
    const percent = format.includes("%");
    const decimals = /\.(0*)(#*)/.exec(format);
    const unit = /"([^"]*)"/.exec(format)?.[1];
    shape = {
      percent,
      fixed: decimals?.[1]?.length ?? 0,
      optional: decimals?.[2]?.length ?? 0,
      grouping: format.includes(","),
      suffix: `${percent ? "\u00a0%" : ""}${unit === undefined ? "" : `\u00a0${unit}`}`,
    };
    shapes.set(format, shape);
  }
  return shape;
}

/** Whether the digits 0–9 are equally wide in a table (Calibri's are): then so many digits print so wide, whichever they are. */
function equalDigits(table: Readonly<Record<string, number>>): boolean {
  return [..."0123456789"].every((d) => table[d] === table["0"]);
}

const DIGITS_EQUAL = equalDigits(REGULAR) && equalDigits(BOLD);

/**
 * Whether a number's width in a format follows from its size alone: with no
 * optional decimals and digits equally wide, what prints is the sign, the
 * whole part's digits (grouped by their count), fixed decimals and the
 * suffix, so a larger number of the same sign never prints narrower (up to
 * 1e21, where toFixed writes an exponent).
 *
 * @example
 * widthGrowsWithSize('#,##0.00 "kr"'); // true
 * widthGrowsWithSize("#,##0.######"); // false
 */
export function widthGrowsWithSize(format: string): boolean {
  return DIGITS_EQUAL && shapeOf(format).optional === 0;
}

/** Up to `optional` zeros off the end, then a point left at the end. */
function trimOptional(text: string, optional: number): string {
  let end = text.length;
  while (end > text.length - optional && text.charCodeAt(end - 1) === 48) end--;
  if (text.charCodeAt(end - 1) === 46) end--;
  return text.slice(0, end);
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
  // the same number in the same format, as a column of estimated formulas asks 14 000 times on the national model
  if (lastNumber?.value === value && lastNumber.format === format) return lastNumber.text;
  const text = writtenNumber(value, format);
  lastNumber = { value, format, text };
  return text;
}

let lastNumber: { value: number; format: string; text: string } | undefined;

function writtenNumber(value: number, format: string): string {
  const shape = shapeOf(format);
  const shown = shape.percent ? value * 100 : value;
  let text = Math.abs(shown).toFixed(shape.fixed + shape.optional);
  if (shape.optional > 0) text = trimOptional(text, shape.optional);
  const point = text.indexOf(".");
  const whole = point < 0 ? text : text.slice(0, point);
  const number = `${shape.grouping ? grouped(whole) : whole}${point < 0 ? "" : `,${text.slice(point + 1)}`}`;
  const sign = shown < 0 && /[1-9]/.test(text) ? "−" : "";
  return `${sign}${number}${shape.suffix}`;
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
