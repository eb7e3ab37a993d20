import type { SheetSpec } from "../description/types";

/** A sheet's cells as the dense arrays Range.formulas and Range.numberFormat take. */
export interface SheetGrid {
  readonly rows: number;
  readonly cols: number;
  readonly formulas: (string | number | boolean)[][];
  readonly formats: string[][];
}

/**
 * Text that Excel would read as a formula (=, +, - or @ first) is written
 * with a leading apostrophe, so a party called "=HYPERLINK(…)" stays text.
 *
 * @example
 * asText("=1+1"); // "'=1+1"
 */
export function asText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/**
 * Lays a sheet's cells out as one rectangle from A1: formulas where the cell
 * has one, values otherwise, "" where empty; "General" where no format is set.
 *
 * @example
 * sheetGrid(sheet).formulas[0]?.[0]; // "Samordningsförbundet i Jämtlands län 2025"
 */
export function sheetGrid(sheet: SheetSpec): SheetGrid {
  const rows = Math.max(0, ...sheet.cells.map((c) => c.row + 1));
  const cols = Math.max(0, ...sheet.cells.map((c) => c.col + 1));
  const formulas = Array.from({ length: rows }, () =>
    Array.from({ length: cols }, (): string | number | boolean => ""),
  );
  const formats = Array.from({ length: rows }, () => Array.from({ length: cols }, () => "General"));
  for (const cell of sheet.cells) {
    const row = formulas[cell.row] as (string | number | boolean)[];
    row[cell.col] =
      cell.formula ?? (typeof cell.value === "string" ? asText(cell.value) : (cell.value ?? ""));
    if (cell.numberFormat !== undefined) (formats[cell.row] as string[])[cell.col] = cell.numberFormat;
  }
  return { rows, cols, formulas, formats };
}
