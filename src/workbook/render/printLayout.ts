import type {
  Cell,
  ChartSpec,
  HeaderFooterSpec,
  MergeSpec,
  PageSetupSpec,
  RowHeightSpec,
  TableSpec,
} from "../description/types";
import { shownText, textPixels, widestWord, wrappedLines, type Font } from "./textWidth";
import { WidestNumbers } from "./widestNumbers";

/** What a renderer says about printing a sheet; the rest is computed from its cells. */
export interface PrintOptions {
  readonly header: HeaderFooterSpec;
  readonly footer: HeaderFooterSpec;
  /** The whole sheet on one page (a statement). */
  readonly onePage?: boolean;
  /** The printed columns, when helper columns follow them. */
  readonly columns?: number;
  /** Rows that begin a new page. */
  readonly breaksBefore?: readonly number[];
}

/** A sheet as the builder collected it, before layout. */
export interface Draft {
  readonly cells: readonly Cell[];
  readonly tables: readonly TableSpec[];
  readonly charts: readonly ChartSpec[];
  /** The narrowest each column may be, in characters. */
  readonly minWidths: readonly (number | undefined)[];
  /** Text that may spread over the empty cells to its right, and wraps there when longer (by {@link cellKey}). */
  readonly flowing: ReadonlySet<number>;
  /** Text that wraps within its own column (by {@link cellKey}). */
  readonly wrapping: ReadonlySet<number>;
  readonly print: PrintOptions;
}

export interface Layout {
  readonly cells: readonly Cell[];
  readonly widths: readonly number[];
  readonly merges: readonly MergeSpec[];
  readonly rowHeights: readonly RowHeightSpec[];
  readonly charts: readonly ChartSpec[];
  readonly page: PageSetupSpec;
}

/** Excel's column width unit is the width of a digit, 7 px in Calibri 11, plus 5 px of padding. */
const DIGIT = 7;
const PADDING = 5;
/** Room beside a value, so that a renderer's slightly wider digits never tip it into "###". */
const SLACK = 10;
/** The filter button of a table heading covers this much of it on screen. */
const FILTER_BUTTON = 16;
/** A heading over numbers wraps rather than widen its column beyond this (unless a word needs more). */
const HEADING_PIXELS = 84;
const MARGINS = { left: 0.6, right: 0.6, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
/** A4 is 8.27 inches wide; the printable width at 96 px per inch, in portrait and landscape. */
const PORTRAIT = (8.27 - MARGINS.left - MARGINS.right) * 96;
const LANDSCAPE = (11.69 - MARGINS.left - MARGINS.right) * 96;
/** Portrait as long as the text prints at 85 % or more (11 points shows as 9.35). */
const SMALLEST_SCALE = 0.85;

/**
 * A cell's key: row × 16 384 (Excel's column count) + column. A number, not
 * a "row:col" string: the national model's sheets hold 100 000 cells, and
 * building and hashing a string for each, several times over, took a third
 * of the layout's time.
 *
 * @example
 * cellKey(2, 1); // 32769
 */
export const cellKey = (row: number, col: number): number => row * 16384 + col;

const [TITLE, BOLD, PLAIN]: readonly Font[] = [{ bold: true, points: 14 }, { bold: true }, {}];

/** A cell's font by its style (one object per font, not one per cell). */
export function fontOf(cell: Cell): Font {
  if (cell.style === "title") return TITLE as Font;
  return cell.style === "heading" || cell.style === "total" || cell.style === "check"
    ? (BOLD as Font)
    : (PLAIN as Font);
}

/** A row's height in points for so many lines of text in this font. */
function lineHeight(font: Font): number {
  return Math.ceil((font.points ?? 11) * 1.3636 * 4) / 4;
}

const charactersFor = (pixels: number) => Math.ceil(((pixels + PADDING + SLACK) / DIGIT) * 4) / 4;
const pixelsOf = (characters: number) => Math.round(characters * DIGIT) + PADDING;

/**
 * Lays a sheet out for screen and paper: each column as wide as its widest
 * value in Swedish format and its headings' longest word, headings over
 * numbers right-aligned and wrapped, long notes merged over the sheet's
 * width and wrapped, rows as tall as their wrapped text, and the page setup.
 *
 * @example
 * layOut(draft).page.orientation; // "portrait"
 */
export function layOut(draft: Draft): Layout {
  const last = lastColumn(draft);
  const columns = draft.print.columns ?? last + 1;
  const estimate = estimator(draft.cells);
  // computed where needed rather than kept for every cell: 100 000 strings kept through the layout cost the garbage collector more than computing a few twice
  const shown = (i: number) => shownText(draft.cells[i] as Cell, estimate);
  const sheet: Sheet = { draft, columns, last, shown, estimate, kinds: kindsOf(draft) };
  const widths = columnWidths(sheet);
  const heights = new Map<number, number>();
  const merges: MergeSpec[] = [];
  const out = { heights, merges };
  const { kinds } = sheet;
  const cells = draft.cells.map((cell, i) => (kinds[i] === 0 ? cell : placed(sheet, i, widths, out)));
  const charts = draft.charts.map((chart) => ({
    ...chart,
    at: { ...chart.at, cols: Math.max(1, Math.min(chart.at.cols, columns - chart.at.col)) },
  }));
  if (heights.size > 0)
    cells.forEach((c, i) => {
      if (heights.has(c.row)) cells[i] = { ...c, alignTop: true };
    });
  const rowHeights = [...heights].sort(([a], [b]) => a - b).map(([row, points]) => ({ row, points }));
  return { cells, widths, merges, rowHeights, charts, page: pageSetup(draft, widths, columns, charts) };
}

/**
 * What the layout works from: the draft (its cells in row-then-column order,
 * one per address, as SheetBuilder gives them), its printed columns, and by
 * the cells' index their shown text and their kind. By index, not by
 * address: looking 100 000 cells up in maps and sets took most of the layout's time.
 */
interface Sheet {
  readonly draft: Draft;
  readonly columns: number;
  /** The last column holding a cell or a chart. */
  readonly last: number;
  readonly shown: (i: number) => string;
  /** The number a formula without a cached result is taken to show. */
  readonly estimate: (cell: Cell) => number;
  readonly kinds: Uint8Array;
}

/** A cell's kind, as bits: flowing text, wrapping text, a table heading. */
const [FLOWING, WRAPPING, HEADING] = [1, 2, 4];

function kindsOf(draft: Draft): Uint8Array {
  const kinds = new Uint8Array(draft.cells.length);
  const mark = (key: number, kind: number) => {
    const i = indexOf(draft.cells, key);
    if (i >= 0) kinds[i] = (kinds[i] ?? 0) | kind;
  };
  for (const key of draft.flowing) mark(key, FLOWING);
  for (const key of draft.wrapping) mark(key, WRAPPING);
  for (const t of draft.tables) t.columns.forEach((_, i) => mark(cellKey(t.row, t.col + i), HEADING));
  return kinds;
}

/** The index of the cell at a key in cells in row-then-column order, or -1. */
function indexOf(cells: readonly Cell[], key: number): number {
  let [low, high] = [0, cells.length - 1];
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const cell = cells[middle] as Cell;
    const at = cellKey(cell.row, cell.col);
    if (at === key) return middle;
    if (at < key) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * Each column as wide as its widest text (headings by their longest word),
 * and at least its minimum, in characters. Numbers are measured through
 * {@link WidestNumbers}: the widest of a column's numbers, not each.
 */
function columnWidths({ draft, columns, last, kinds, estimate }: Sheet): number[] {
  const need: number[] = Array.from({ length: Math.max(columns, last + 1) }, () => 0);
  const numbers = new WidestNumbers();
  draft.cells.forEach((cell, i) => {
    const kind = kinds[i] ?? 0;
    if ((kind & FLOWING && cell.col < columns) || kind & WRAPPING) return;
    const font = fontOf(cell);
    if ((kind & HEADING) === 0 && numbers.add(cell, font, estimate)) return;
    const text = shownText(cell, estimate);
    const pixels =
      kind & HEADING
        ? Math.max(widestWord(text, font), Math.min(textPixels(text, font), HEADING_PIXELS)) + FILTER_BUTTON
        : textPixels(text, font);
    if (pixels > (need[cell.col] ?? 0)) need[cell.col] = pixels;
  });
  return need.map((pixels, c) =>
    Math.max(draft.minWidths[c] ?? 6, charactersFor(Math.max(pixels, numbers.pixels(c)))),
  );
}

/**
 * A cell as laid out: a heading wrapped and aligned right over numbers, a
 * wrapping text wrapped, a flowing text merged over the empty cells to its
 * right and wrapped when longer; each row as tall as its wrapped text needs.
 */
function placed(
  { draft, columns, shown, kinds }: Sheet,
  i: number,
  widths: readonly number[],
  out: { heights: Map<number, number>; merges: MergeSpec[] },
): Cell {
  const cell = draft.cells[i] as Cell;
  const kind = kinds[i] ?? 0;
  if (kind === 0 || (kind === FLOWING && cell.col >= columns)) return cell;
  const text = shown(i);
  const font = fontOf(cell);
  const taller = (points: number) =>
    out.heights.set(cell.row, Math.max(out.heights.get(cell.row) ?? 0, points));
  if (kind & HEADING) {
    // Excel and LibreOffice wrap at the cell's width, filter button or not; a little room keeps the estimate on the safe side.
    const room = pixelsOf(widths[cell.col] ?? 0) - PADDING - 4;
    const lines = wrappedLines(text, room, font);
    if (lines > 1) taller(lines * lineHeight(font));
    const right = numericHeading(draft, cell);
    return lines > 1 || right
      ? { ...cell, ...(lines > 1 ? { wrap: true } : {}), ...(right ? { alignRight: true } : {}) }
      : cell;
  }
  if (kind & WRAPPING) {
    taller(wrappedLines(text, pixelsOf(widths[cell.col] ?? 0) - SLACK, font) * lineHeight(font));
    return { ...cell, wrap: true };
  }
  const span = emptyRun(draft.cells, shown, i, columns);
  const room = widths.slice(cell.col, cell.col + span).reduce((sum, w) => sum + pixelsOf(w), 0) - SLACK;
  if (textPixels(text, font) <= room) return cell;
  if (span > 1) out.merges.push({ row: cell.row, col: cell.col, cols: span });
  taller(wrappedLines(text, room, font) * lineHeight(font));
  return { ...cell, wrap: true };
}

function pageSetup(
  draft: Draft,
  widths: readonly number[],
  columns: number,
  charts: readonly ChartSpec[],
): PageSetupSpec {
  const pixels = columnPixels(widths.slice(0, columns));
  const orientation = pixels <= PORTRAIT / SMALLEST_SCALE ? "portrait" : "landscape";
  const table = draft.tables.length === 1 ? draft.tables[0] : undefined;
  // the cells are in row order: the last one within the printed columns is on the last printed row
  let rows = 0;
  for (let i = draft.cells.length - 1; i >= 0; i--) {
    const c = draft.cells[i] as Cell;
    if (c.col < columns) {
      rows = c.row + 1;
      break;
    }
  }
  for (const c of charts) rows = Math.max(rows, c.at.row + c.at.rows);
  return {
    orientation,
    fitToHeight: draft.print.onePage === true ? 1 : 0,
    columns,
    rows,
    ...(table === undefined ? {} : { titleRows: { first: table.row, last: table.row } }),
    breaksBefore: draft.print.breaksBefore ?? [],
    margins: MARGINS,
    header: draft.print.header,
    footer: draft.print.footer,
  };
}

/** The printable width of A4 in pixels for an orientation (for tests and the statement's layout). */
export function printableWidth(orientation: "portrait" | "landscape"): number {
  return orientation === "portrait" ? PORTRAIT : LANDSCAPE;
}

/** The columns' widths in pixels as Excel draws them. */
export function columnPixels(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + pixelsOf(w), 0);
}

/** Whether a table heading stands over numbers: a data cell below it holds one (or has a number format). */
function numericHeading(draft: Draft, heading: Cell): boolean {
  let headings = numericHeadings.get(draft);
  if (headings === undefined) {
    headings = headingsOverNumbers(draft);
    numericHeadings.set(draft, headings);
  }
  return headings.has(cellKey(heading.row, heading.col));
}

/** The table headings over numbers, by key, per draft: found once, when a heading first asks. */
const numericHeadings = new WeakMap<Draft, Set<number>>();

/** Each table's data rows read once, from the first (the cells are in order), for the columns holding numbers. */
function headingsOverNumbers(draft: Draft): Set<number> {
  const headings = new Set<number>();
  for (const t of draft.tables) {
    const last = cellKey(t.row + t.rows, t.col + t.columns.length - 1);
    // by the table's column: flags, not a set's add for each of the national model's 70 000 numbers
    const numeric = new Uint8Array(t.columns.length);
    for (let i = firstAtOrAfter(draft.cells, cellKey(t.row + 1, t.col)); i < draft.cells.length; i++) {
      const c = draft.cells[i] as Cell;
      if (cellKey(c.row, c.col) > last) break;
      const inTable = c.col >= t.col && c.col < t.col + t.columns.length;
      if (inTable && (c.numberFormat !== undefined || typeof c.value === "number"))
        numeric[c.col - t.col] = 1;
    }
    numeric.forEach((flag, i) => {
      if (flag === 1) headings.add(cellKey(t.row, t.col + i));
    });
  }
  return headings;
}

/** The index of the first cell at or after a key in cells in row-then-column order (their length if none). */
function firstAtOrAfter(cells: readonly Cell[], key: number): number {
  let [low, high] = [0, cells.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    const cell = cells[middle] as Cell;
    if (cellKey(cell.row, cell.col) < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** How many cells from a cell to the right stay empty, itself included, within the printed columns. */
function emptyRun(cells: readonly Cell[], shown: (i: number) => string, i: number, columns: number): number {
  const cell = cells[i] as Cell;
  let span = 1;
  for (; cell.col + span < columns; span++) {
    const next = indexOf(cells, cellKey(cell.row, cell.col + span));
    if (next >= 0 && shown(next) !== "") break;
  }
  return span;
}

function lastColumn(draft: Draft): number {
  let last = 0;
  for (let i = 0; i < draft.cells.length; i++) last = Math.max(last, (draft.cells[i] as Cell).col);
  for (const c of draft.charts) last = Math.max(last, c.at.col + c.at.cols - 1);
  return last;
}

/**
 * A formula without a cached result is taken as wide as the widest value of
 * its format in its column (or on the sheet), negative; a sum as wide as the
 * sum of its column's values, which bounds it. The values are gathered when
 * the first such formula asks, as most sheets have none.
 */
function estimator(cells: readonly Cell[]): (cell: Cell) => number {
  let formats: Map<string, FormatValues> | undefined;
  // the last format asked about: a column's formulas come one after another with the same format
  let last: { format: string; values: FormatValues | undefined; percent: boolean } | undefined;
  return (cell) => {
    formats ??= valuesByFormat(cells);
    const format = cell.numberFormat ?? "";
    if (last?.format !== format)
      last = { format, values: formats.get(format), percent: format.includes("%") };
    const { values, percent } = last;
    const fallback = values?.widest ?? (percent ? 1 : 10_000_000);
    const sum = !percent && cell.formula?.includes("SUM(") === true;
    return -((sum ? values?.sums[cell.col] : values?.widestIn[cell.col]) ?? fallback);
  };
}

/** The values of one number format: the largest, and per column the largest and the sum (of absolute values). */
interface FormatValues {
  widest: number;
  readonly widestIn: number[];
  readonly sums: number[];
}

function valuesByFormat(cells: readonly Cell[]): Map<string, FormatValues> {
  const formats = new Map<string, FormatValues>();
  let [format, values]: [string | undefined, FormatValues | undefined] = [undefined, undefined];
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i] as Cell;
    const value = c.formula === undefined ? c.value : c.result;
    if (typeof value !== "number" || c.numberFormat === undefined) continue;
    // looked up only when the format changes: a row's cells share a few formats, made once each (numberFormats)
    if (c.numberFormat !== format || values === undefined) {
      format = c.numberFormat;
      values = formats.get(format);
      if (values === undefined) {
        values = { widest: 0, widestIn: [], sums: [] };
        formats.set(format, values);
      }
    }
    const size = Math.abs(value);
    values.widest = Math.max(values.widest, size);
    values.widestIn[c.col] = Math.max(values.widestIn[c.col] ?? 0, size);
    values.sums[c.col] = (values.sums[c.col] ?? 0) + size;
  }
  return formats;
}
