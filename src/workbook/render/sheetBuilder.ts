import { xmlSafe } from "../description/xmlSafe";
import type { Cell, CellStyle, ChartSpec, NonZeroRedSpec, SheetSpec, TableSpec } from "../description/types";
import { cellKey, layOut, type PrintOptions } from "./printLayout";

type CellContent = Omit<Cell, "row" | "col">;

/**
 * Table column names as Excel requires them: not empty and unique without
 * regard to case; a repeated one (two lines with the same label) gets " (2)",
 * " (3)" … Compared as written to the file, without what XML forbids.
 *
 * @example
 * uniqueColumnNames(["Part", "Bidrag", "bidrag", ""]); // ["Part", "Bidrag", "bidrag (2)", "(4)"]
 */
export function uniqueColumnNames(columns: readonly string[]): string[] {
  const used = new Set<string>();
  return columns.map((column, i) => {
    const base = xmlSafe(column).trim() || `(${i + 1})`;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    used.add(name.toLowerCase());
    return name;
  });
}

/**
 * Collects a sheet's cells, tables, check cells and charts, then hands out a
 * {@link SheetSpec} laid out for screen and paper ({@link layOut}). A small
 * mutable helper for the renderers; what it builds is plain data.
 *
 * @example
 * const sheet = new SheetBuilder("Indata", print);
 * sheet.put(0, 0, { value: "Fördela", style: "title" });
 * sheet.build().cells.length; // 1
 */
export class SheetBuilder {
  /**
   * In the order put, a later one at an address replacing an earlier one;
   * put in order by {@link rowOrder} when built. An array, not a map by
   * address: the national model's sheets hold 100 000 cells, and keeping
   * them in a map took as long as building them.
   */
  private readonly cells: Cell[] = [];
  private readonly tables: TableSpec[] = [];
  private readonly red: NonZeroRedSpec[] = [];
  private readonly charts: ChartSpec[] = [];
  private readonly widths: number[] = [];
  private readonly flowing = new Set<number>();
  private readonly wrapping = new Set<number>();
  private freezeRows: number | undefined;

  constructor(
    readonly name: string,
    private print: PrintOptions,
  ) {}

  put(row: number, col: number, content: CellContent): void {
    this.cell({ row, col, ...content });
  }

  /** A whole cell, as {@link put} would make it, kept in the one shape of every cell ({@link uniform}). */
  cell(cell: Cell): void {
    if (cell.formula !== undefined) joinPieces(cell.formula);
    this.cells.push(uniform(cell));
  }

  /** Text; a title or a note may spread over the empty cells to its right, and wraps when longer. */
  text(row: number, col: number, value: string, style?: CellStyle): void {
    this.cells.push(uniform({ row, col, value, style }));
    if (style === "title" || style === "note") this.flowing.add(cellKey(row, col));
  }

  /** Text that may spread over the empty cells to its right, and wraps when longer. */
  flow(row: number, col: number, value: string, style?: CellStyle): void {
    this.text(row, col, value, style);
    this.flowing.add(cellKey(row, col));
  }

  /** Text that wraps within its column: the row grows instead of the column. */
  wrapped(row: number, col: number, value: string, style?: CellStyle): void {
    this.text(row, col, value, style);
    this.flowing.delete(cellKey(row, col));
    this.wrapping.add(cellKey(row, col));
  }

  /** Aligns a cell's text right: a heading over numbers outside a table. */
  alignRight(row: number, col: number): void {
    // the latest at the address, which is the one built; searched from the end, where it was put just before
    for (let i = this.cells.length - 1; i >= 0; i--) {
      const cell = this.cells[i] as Cell;
      if (cell.row === row && cell.col === col) {
        this.cells[i] = uniform({ ...cell, alignRight: true });
        return;
      }
    }
  }

  /** Adds a table; its column names are made unique (Excel requires it), and its header cells hold them. */
  table(spec: TableSpec): void {
    const columns = uniqueColumnNames(spec.columns);
    this.tables.push({ ...spec, columns });
    columns.forEach((heading, i) => this.text(spec.row, spec.col + i, heading, "heading"));
  }

  redWhenNonZero(row: number, col: number): void {
    this.red.push({ row, col });
  }

  chart(spec: ChartSpec): void {
    this.charts.push(spec);
  }

  /** The narrowest a column may be, in characters; otherwise it is as wide as its contents. */
  width(col: number, characters: number): void {
    this.widths[col] = Math.max(this.widths[col] ?? 0, characters);
  }

  freeze(rows: number): void {
    this.freezeRows = rows;
  }

  /** Changes how the sheet prints: on one page, its printed columns, page breaks. */
  printing(options: Omit<PrintOptions, "header" | "footer">): void {
    this.print = { ...this.print, ...options };
  }

  build(): SheetSpec {
    const layout = layOut({
      // put in order already (the sheets put them so), they are laid out as they are: no copy of 100 000 cells to check
      cells: inOrder(this.cells) ? this.cells : rowOrder(this.cells),
      tables: this.tables,
      charts: this.charts,
      minWidths: this.widths,
      flowing: this.flowing,
      wrapping: this.wrapping,
      print: this.print,
    });
    return {
      name: this.name,
      cells: layout.cells,
      widths: layout.widths,
      tables: this.tables,
      redWhenNonZero: this.red,
      charts: layout.charts,
      ...(this.freezeRows === undefined ? {} : { freezeRows: this.freezeRows }),
      ...(layout.merges.length === 0 ? {} : { merges: layout.merges }),
      ...(layout.rowHeights.length === 0 ? {} : { rowHeights: layout.rowHeights }),
      page: layout.page,
    };
  }
}

/**
 * A cell with its common fields all present, in one order (undefined where
 * absent), and the alignment flags only where set: V8 then gives every cell
 * put one hidden class, and the layout and the writers, which read the
 * national model's 116 000 cells several times over, read them at a few
 * shapes (the layout's own copies of headings and wrapped text are others)
 * instead of a dozen (measured on the whole pipeline: 15 ms of its wall
 * time and 20–30 of its CPU, from fewer deoptimizations among them).
 */
function uniform(c: Cell): Cell {
  const cell = {
    row: c.row,
    col: c.col,
    value: c.value,
    formula: c.formula,
    result: c.result,
    numberFormat: c.numberFormat,
    style: c.style,
  };
  const { wrap, alignRight, alignTop } = c;
  return wrap === undefined && alignRight === undefined && alignTop === undefined
    ? cell
    : { ...cell, wrap, alignRight, alignTop };
}

/**
 * Has V8 join a text built by concatenation into one string now, while its
 * pieces are young, by reading a character of it (which needs it whole).
 * Left as it is, a formula such as `=ROUND(${exact}+${adjustment},0)` stays
 * a tree of 3–5 pieces until written, and every garbage collection until
 * then copies each of them: for the national model's 60 000 formulas that
 * cost the render more than the joining does (about 15 % of its time,
 * measured), and the writer reads them joined.
 */
function joinPieces(text: string): void {
  text.charCodeAt(text.length >> 1);
}

/**
 * Cells in row-then-column order, one per address: the last put at an
 * address. Counted into rows first (a row holds a few dozen cells at most),
 * then each row sorted by column, stably; cells put in order already are
 * returned as they are.
 *
 * @example
 * rowOrder([{ row: 1, col: 0 }, { row: 0, col: 2 }, { row: 0, col: 2, value: 1 }]);
 * // [{ row: 0, col: 2, value: 1 }, { row: 1, col: 0 }]
 */
export function rowOrder(cells: readonly Cell[]): Cell[] {
  if (inOrder(cells)) return cells.slice();
  // indexed loops, not for…of: run once per sheet, unoptimized, an iterator's step allocates its result
  let rows = 0;
  for (let i = 0; i < cells.length; i++) rows = Math.max(rows, (cells[i] as Cell).row + 1);
  const starts = new Uint32Array(rows + 1);
  for (let i = 0; i < cells.length; i++) {
    const row = (cells[i] as Cell).row;
    starts[row + 1] = (starts[row + 1] ?? 0) + 1;
  }
  for (let r = 0; r < rows; r++) starts[r + 1] = (starts[r + 1] ?? 0) + (starts[r] ?? 0);
  const next = starts.slice(0, rows);
  const byRow = new Array<Cell>(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as Cell;
    byRow[(next[cell.row] = (next[cell.row] ?? 0) + 1) - 1] = cell;
  }
  const ordered: Cell[] = [];
  for (let r = 0; r < rows; r++) addRow(ordered, byRow, starts[r] ?? 0, starts[r + 1] ?? 0);
  return ordered;
}

/** Whether each cell comes after the one before it, in row-then-column order, none at the same address. */
function inOrder(cells: readonly Cell[]): boolean {
  for (let i = 1; i < cells.length; i++) {
    const before = cells[i - 1] as Cell;
    const cell = cells[i] as Cell;
    if (cellKey(cell.row, cell.col) <= cellKey(before.row, before.col)) return false;
  }
  return true;
}

/** One row's cells, [from, to) of `byRow` in the order put, to `out` by column, the last put at a column kept. */
function addRow(out: Cell[], byRow: Cell[], from: number, to: number): void {
  // insertion sort, stable: a row's few cells come mostly in order
  for (let i = from + 1; i < to; i++) {
    const cell = byRow[i] as Cell;
    let j = i - 1;
    for (; j >= from && (byRow[j] as Cell).col > cell.col; j--) byRow[j + 1] = byRow[j] as Cell;
    byRow[j + 1] = cell;
  }
  for (let i = from; i < to; i++) {
    const cell = byRow[i] as Cell;
    if (i + 1 < to && (byRow[i + 1] as Cell).col === cell.col) continue;
    out.push(cell);
  }
}
