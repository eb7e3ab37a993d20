import { xmlSafe } from "../description/xmlSafe";
import type { Cell, CellStyle, ChartSpec, NonZeroRedSpec, SheetSpec, TableSpec } from "../description/types";

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
 * {@link SheetSpec}. A small mutable helper for the renderers; what it builds is plain data.
 *
 * @example
 * const sheet = new SheetBuilder("Indata");
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
  private freezeRows: number | undefined;
  private printA4 = false;

  constructor(readonly name: string) {}

  put(row: number, col: number, content: CellContent): void {
    this.cells.set(row * 16384 + col, { row, col, ...content });
  }

  text(row: number, col: number, value: string, style?: CellStyle): void {
    this.put(row, col, style === undefined ? { value } : { value, style });
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

  width(col: number, characters: number): void {
    this.widths[col] = Math.max(this.widths[col] ?? 0, characters);
  }

  freeze(rows: number): void {
    this.freezeRows = rows;
  }

  forPrint(): void {
    this.printA4 = true;
  }

  build(): SheetSpec {
    const cells = [...this.cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    const widths = Array.from(this.widths, (w) => w ?? 10);
    const sheet = {
      name: this.name,
      cells,
      widths,
      tables: this.tables,
      redWhenNonZero: this.red,
      charts: this.charts,
    };
    return {
      ...sheet,
      ...(this.freezeRows === undefined ? {} : { freezeRows: this.freezeRows }),
      ...(this.printA4 ? { printA4: true } : {}),
    };
  }
}
