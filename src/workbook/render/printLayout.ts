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
  /** Text that may spread over the empty cells to its right, and wraps there when longer ("row:col"). */
  readonly flowing: ReadonlySet<string>;
  /** Text that wraps within its own column ("row:col"). */
  readonly wrapping: ReadonlySet<string>;
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

const key = (row: number, col: number) => `${row}:${col}`;

export function fontOf(cell: Cell): Font {
  if (cell.style === "title") return { bold: true, points: 14 };
  return cell.style === "heading" || cell.style === "total" || cell.style === "check" ? { bold: true } : {};
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
  const headings = headingCells(draft.tables);
  const numeric = numericColumns(draft);
  const estimate = estimator(draft.cells);
  const columns = draft.print.columns ?? lastColumn(draft) + 1;
  const need: number[] = Array.from({ length: Math.max(columns, lastColumn(draft) + 1) }, () => 0);
  const shown = new Map(draft.cells.map((c) => [key(c.row, c.col), shownText(c, estimate)]));
  for (const cell of draft.cells) {
    const k = key(cell.row, cell.col);
    if ((draft.flowing.has(k) && cell.col < columns) || draft.wrapping.has(k)) continue;
    const text = shown.get(k) ?? "";
    const font = fontOf(cell);
    const pixels = headings.has(k)
      ? Math.max(widestWord(text, font), Math.min(textPixels(text, font), HEADING_PIXELS)) + FILTER_BUTTON
      : textPixels(text, font);
    need[cell.col] = Math.max(need[cell.col] ?? 0, pixels);
  }
  const widths = need.map((pixels, c) => Math.max(draft.minWidths[c] ?? 6, charactersFor(pixels)));
  const heights = new Map<number, number>();
  const taller = (row: number, points: number) => heights.set(row, Math.max(heights.get(row) ?? 0, points));
  const merges: MergeSpec[] = [];
  const cells = draft.cells.map((cell) => {
    const k = key(cell.row, cell.col);
    const text = shown.get(k) ?? "";
    const font = fontOf(cell);
    if (headings.has(k)) {
      // Excel and LibreOffice wrap at the cell's width, filter button or not; a little room keeps the estimate on the safe side.
      const room = pixelsOf(widths[cell.col] ?? 0) - PADDING - 4;
      const lines = wrappedLines(text, room, font);
      if (lines > 1) taller(cell.row, lines * lineHeight(font));
      const right = numeric.has(k);
      return lines > 1 || right
        ? { ...cell, ...(lines > 1 ? { wrap: true } : {}), ...(right ? { alignRight: true } : {}) }
        : cell;
    }
    if (draft.wrapping.has(k)) {
      const lines = wrappedLines(text, pixelsOf(widths[cell.col] ?? 0) - SLACK, font);
      taller(cell.row, lines * lineHeight(font));
      return { ...cell, wrap: true };
    }
    if (!draft.flowing.has(k) || cell.col >= columns) return cell;
    const span = emptyRun(shown, cell, columns);
    const room = widths.slice(cell.col, cell.col + span).reduce((sum, w) => sum + pixelsOf(w), 0) - SLACK;
    if (textPixels(text, font) <= room) return cell;
    if (span > 1) merges.push({ row: cell.row, col: cell.col, cols: span });
    taller(cell.row, wrappedLines(text, room, font) * lineHeight(font));
    return { ...cell, wrap: true };
  });
  const charts = draft.charts.map((chart) => ({
    ...chart,
    at: { ...chart.at, cols: Math.max(1, Math.min(chart.at.cols, columns - chart.at.col)) },
  }));
  const tall = cells.map((cell) => (heights.has(cell.row) ? { ...cell, alignTop: true } : cell));
  const rowHeights = [...heights].sort(([a], [b]) => a - b).map(([row, points]) => ({ row, points }));
  return { cells: tall, widths, merges, rowHeights, charts, page: pageSetup(draft, widths, columns, charts) };
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
  // Loops, not Math.max(...cells): spreading 100 000 cells into arguments overflows the stack.
  let rows = 0;
  for (const c of draft.cells) if (c.col < columns) rows = Math.max(rows, c.row + 1);
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

function headingCells(tables: readonly TableSpec[]): Set<string> {
  return new Set(tables.flatMap((t) => t.columns.map((_, i) => key(t.row, t.col + i))));
}

/** Table headings over columns whose data cells hold numbers. */
function numericColumns(draft: Draft): Set<string> {
  const numbers = new Set(
    draft.cells
      .filter((c) => c.numberFormat !== undefined || typeof c.value === "number")
      .map((c) => key(c.row, c.col)),
  );
  const right = new Set<string>();
  for (const t of draft.tables)
    t.columns.forEach((_, i) => {
      const rows = Array.from({ length: t.rows }, (_, r) => key(t.row + 1 + r, t.col + i));
      if (rows.some((k) => numbers.has(k))) right.add(key(t.row, t.col + i));
    });
  return right;
}

/** How many cells from a cell to the right stay empty, itself included, within the printed columns. */
function emptyRun(shown: ReadonlyMap<string, string>, cell: Cell, columns: number): number {
  let span = 1;
  while (cell.col + span < columns && (shown.get(key(cell.row, cell.col + span)) ?? "") === "") span++;
  return span;
}

function lastColumn(draft: Draft): number {
  let last = 0;
  for (const c of draft.cells) last = Math.max(last, c.col);
  for (const c of draft.charts) last = Math.max(last, c.at.col + c.at.cols - 1);
  return last;
}

/**
 * A formula without a cached result is taken as wide as the widest value of
 * its format in its column (or on the sheet), negative; a sum as wide as the
 * sum of its column's values, which bounds it.
 */
function estimator(cells: readonly Cell[]): (cell: Cell) => number {
  const widest = new Map<string, number>();
  const sums = new Map<string, number>();
  const grow = (map: Map<string, number>, at: string, value: number, add: boolean) =>
    map.set(at, add ? (map.get(at) ?? 0) + value : Math.max(map.get(at) ?? 0, value));
  for (const c of cells) {
    const value = c.formula === undefined ? c.value : c.result;
    if (typeof value !== "number" || c.numberFormat === undefined) continue;
    grow(widest, c.numberFormat, Math.abs(value), false);
    grow(widest, `${c.col}|${c.numberFormat}`, Math.abs(value), false);
    grow(sums, `${c.col}|${c.numberFormat}`, Math.abs(value), true);
  }
  return (cell) => {
    const format = cell.numberFormat ?? "";
    const column = `${cell.col}|${format}`;
    const fallback = widest.get(format) ?? (format.includes("%") ? 1 : 10_000_000);
    const sum = cell.formula?.includes("SUM(") === true && !format.includes("%");
    return -((sum ? sums.get(column) : widest.get(column)) ?? fallback);
  };
}
