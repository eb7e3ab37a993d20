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
  /** By row × 16 384 + column (Excel's column count): a number key, as the national model's sheets hold 100 000 cells. */
  private readonly cells = new Map<number, Cell>();
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
    this.cells.set(cellKey(row, col), { row, col, ...content });
  }

  /** Text; a title or a note may spread over the empty cells to its right, and wraps when longer. */
  text(row: number, col: number, value: string, style?: CellStyle): void {
    this.put(row, col, style === undefined ? { value } : { value, style });
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
    const cell = this.cells.get(cellKey(row, col));
    if (cell !== undefined) this.cells.set(cellKey(row, col), { ...cell, alignRight: true });
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
    // row-then-column order is the keys' order: a typed array sorts numbers without a comparator
    const draft = Array.from(
      Float64Array.from(this.cells.keys()).sort(),
      (key) => this.cells.get(key) as Cell,
    );
    const layout = layOut({
      cells: draft,
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
