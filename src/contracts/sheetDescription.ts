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
  /** Text that wraps at word boundaries within its cell (or its merged cells); the row is made tall enough. */
  readonly wrap?: boolean;
  /** Right-aligned text: the headings over numbers. */
  readonly alignRight?: boolean;
  /** Text at the top of its cell: in a row made taller for wrapped text, the row's cells line up at the top. */
  readonly alignTop?: boolean;
}

/** Cells of one row merged into one from `col`, `cols` wide: a long note spread over the sheet's width. */
export interface MergeSpec {
  readonly row: number;
  readonly col: number;
  readonly cols: number;
}

/** A row's height in points, where wrapped text needs more than one line. */
export interface RowHeightSpec {
  readonly row: number;
  readonly points: number;
}

/** Header or footer texts in Excel's codes (&P the page, &N the pages, &D the date, && an ampersand). */
export interface HeaderFooterSpec {
  readonly left: string;
  readonly center: string;
  readonly right: string;
}

/** How a sheet prints: on A4, one page wide, as a document. */
export interface PageSetupSpec {
  /** Landscape when the printed columns are too wide for portrait at a readable scale. */
  readonly orientation: "portrait" | "landscape";
  /** Pages tall: 1 for a statement, 0 for as many as it takes. */
  readonly fitToHeight: number;
  /** The printed columns, from the first (helper columns to their right stay off paper). */
  readonly columns: number;
  /** The printed rows, from the first. */
  readonly rows: number;
  /** The rows repeated at the top of every page: a table's headings. */
  readonly titleRows?: { readonly first: number; readonly last: number };
  /** Rows that begin a new page. */
  readonly breaksBefore: readonly number[];
  /** Margins in inches. */
  readonly margins: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
    readonly header: number;
    readonly footer: number;
  };
  readonly header: HeaderFooterSpec;
  readonly footer: HeaderFooterSpec;
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
  /** The value axis begins at zero (all values are zero or more). */
  readonly fromZero?: boolean;
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
  /** Cells merged across a row (long notes over the sheet's width). */
  readonly merges?: readonly MergeSpec[];
  /** Rows taller than one line of text. */
  readonly rowHeights?: readonly RowHeightSpec[];
  /** How the sheet prints on A4. */
  readonly page?: PageSetupSpec;
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
}
