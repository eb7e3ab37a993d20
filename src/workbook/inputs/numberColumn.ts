import { decimalFromText } from "../../engine";

/** How a column writes its decimals: "comma" (Swedish, `64 979,5`) or "point" (English, `64,979.5`). */
export type DecimalMark = "comma" | "point";

/** Swedish: decimal comma; thousands by space, no-break space, narrow no-break space or point, in groups of three. */
const SWEDISH = /^(?:\d{1,3}([ \u00a0\u202f.])\d{3}(?:\1\d{3})*|\d+)(?:,\d+)?$/;
/** English: decimal point; thousands by comma, in groups of three. */
const ENGLISH = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** What SCB and others write for a value that is missing: "..", "-", a dash. */
const MISSING = /^(?:\.{1,3}|…|[-\u2212\u2013\u2014])$/;

/**
 * Whether a cell's text is a sign for a missing value ("..", "-").
 *
 * @example
 * isMissing(".."); // true
 */
export function isMissing(text: string): boolean {
  return MISSING.test(text.trim());
}

/**
 * A cell's text as a plain decimal ("-64979.5") under one convention, or
 * undefined when the convention does not read it. A minus may be "-" or
 * U+2212.
 *
 * @example
 * readAs("−64 979,5", "comma"); // "-64979.5"
 * readAs("64,979", "point"); // "64979"
 */
export function readAs(text: string, mark: DecimalMark): string | undefined {
  const trimmed = text.trim();
  const negative = /^[-\u2212]/.test(trimmed);
  const body = negative ? trimmed.slice(1) : trimmed;
  if (!(mark === "comma" ? SWEDISH : ENGLISH).test(body)) return undefined;
  const plain =
    mark === "comma" ? body.replace(/[ \u00a0\u202f.]/g, "").replace(",", ".") : body.replace(/,/g, "");
  return negative ? `-${plain}` : plain;
}

/** Why a column's cell is refused: its row in the column, and what is wrong. */
export type CellProblem =
  | { readonly kind: "blank" | "missing" | "notANumber"; readonly text: string }
  | { readonly kind: "notWith"; readonly text: string; readonly mark: DecimalMark }
  | { readonly kind: "ambiguous"; readonly text: string; readonly comma: string; readonly point: string };

/** A column's cells read as plain decimals, or the first cell refused and why. */
export type ColumnReading =
  { readonly values: readonly string[] } | { readonly row: number; readonly problem: CellProblem };

interface Cell {
  readonly text: string;
  readonly comma: string | undefined;
  readonly point: string | undefined;
}

/** A cell read both ways; numbers (from Excel) read as their shortest decimal form either way. */
function readCell(value: unknown): Cell | CellProblem {
  if (typeof value === "number") return { text: String(value), comma: String(value), point: String(value) };
  const text = typeof value === "string" ? value.trim() : "";
  if (value === null || value === undefined || text === "") return { kind: "blank", text };
  if (typeof value !== "string") return { kind: "notANumber", text: String(value) };
  if (MISSING.test(text)) return { kind: "missing", text };
  const cell = { text, comma: readAs(text, "comma"), point: readAs(text, "point") };
  return cell.comma === undefined && cell.point === undefined ? { kind: "notANumber", text } : cell;
}

function same(a: string, b: string): boolean {
  const [x, y] = [decimalFromText(a), decimalFromText(b)];
  return x !== undefined && y !== undefined && x.equals(y);
}

/**
 * Reads a column of numbers under the one convention that reads every cell
 * in it, never by guess: with `chosen`, under that convention; else under the
 * one that reads every cell; when both do and give different numbers
 * (`64,979` beside `979`), the first cell where they differ is refused; when
 * neither does, the first cell the likelier one does not read. Blank cells,
 * text and SCB's missing values (`..`, `-`) are refused.
 *
 * @example
 * readNumberColumn(["64 979", "1,5"]); // { values: ["64979", "1.5"] }
 * readNumberColumn(["64,979", "979"]); // { row: 0, problem: { kind: "ambiguous", … } }
 */
export function readNumberColumn(cells: readonly unknown[], chosen?: DecimalMark): ColumnReading {
  const read: Cell[] = [];
  for (const [row, value] of cells.entries()) {
    const cell = readCell(value);
    if ("kind" in cell) return { row, problem: cell };
    read.push(cell);
  }
  const all = (mark: DecimalMark) => read.every((cell) => cell[mark] !== undefined);
  const mark = chosen ?? (all("comma") ? "comma" : all("point") ? "point" : likelier(read));
  if (chosen === undefined && all("comma") && all("point")) {
    const row = read.findIndex((cell) => !same(cell.comma ?? "", cell.point ?? ""));
    const cell = read[row];
    if (cell !== undefined)
      return {
        row,
        problem: { kind: "ambiguous", text: cell.text, comma: cell.comma ?? "", point: cell.point ?? "" },
      };
  }
  const row = read.findIndex((cell) => cell[mark] === undefined);
  if (row !== -1) return { row, problem: { kind: "notWith", text: read[row]?.text ?? "", mark } };
  return { values: read.map((cell) => cell[mark] ?? "") };
}

/** The convention that reads more of the cells (the Swedish one on a tie). */
function likelier(cells: readonly Cell[]): DecimalMark {
  const count = (mark: DecimalMark) => cells.filter((cell) => cell[mark] !== undefined).length;
  return count("comma") >= count("point") ? "comma" : "point";
}
