/**
 * A plain description of what the workbook should hold: the one thing the
 * renderers produce and the writers (Office.js, .xlsx) apply. Rows and
 * columns count from 0; formulas are en-US A1 syntax with a leading "=".
 */

/** How a cell looks beyond its number format. */
export type CellStyle = "title" | "heading" | "note" | "total" | "check";

export interface Cell {
  readonly row: number;
  readonly col: number;
  /** A constant: numbers are numbers (never text), text is text. */
  readonly value?: string | number | boolean;
  /** A formula such as "=ROUND(D7+E7,0)"; takes the place of `value`. */
  readonly formula?: string;
  /** The engine's value of a formula cell, cached in files so they show it before recalculating. */
  readonly result?: number;
  readonly numberFormat?: string;
  readonly style?: CellStyle;
}

/** An Excel table over a header row and the rows below it. */
export interface TableSpec {
  readonly name: string;
  readonly row: number;
  readonly col: number;
  /** Data rows, not counting the header. */
  readonly rows: number;
  readonly columns: readonly string[];
}

/** Cells that turn red when their value is not 0 (the check cells). */
export interface NonZeroRedSpec {
  readonly row: number;
  readonly col: number;
}

/** A clustered bar chart over a block: categories in the first column, one series per other column. */
export interface ChartSpec {
  readonly title: string;
  /** The block, header row included. */
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  /**
   * A clustered bar chart (the default), or a waterfall: stacked columns
   * whose unfilled first series lift the others into place.
   */
  readonly kind?: "bar" | "waterfall";
  /** Each series' colour as RGB hex; null leaves a series unfilled. */
  readonly colors?: readonly (string | null)[];
  /** Where the chart goes (top-left cell) and how many rows and columns it spans. */
  readonly at: { readonly row: number; readonly col: number; readonly rows: number; readonly cols: number };
}

export interface SheetSpec {
  readonly name: string;
  readonly cells: readonly Cell[];
  /** Column widths in characters, by column. */
  readonly widths: readonly number[];
  readonly tables: readonly TableSpec[];
  readonly redWhenNonZero: readonly NonZeroRedSpec[];
  readonly charts: readonly ChartSpec[];
  /** Rows kept in view at the top while scrolling. */
  readonly freezeRows?: number;
  /** Set up for print on A4, one page wide (the per-party statements). */
  readonly printA4?: boolean;
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
}
