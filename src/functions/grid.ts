import type { Argument, Place, Words } from "./messages";
import { refuse } from "./refuse";

/** The most values one range may hold: MODEL.md's limit of 10 000 parties. */
export const MAX_VALUES = 10_000;

/**
 * A range as Excel passes it (a 2-D array, rows first), or a single value,
 * laid out flat in reading order with its shape kept, so that a result can
 * be given back in the same shape.
 */
export interface Grid {
  readonly argument: Argument;
  readonly cells: readonly unknown[];
  readonly rows: number;
  readonly columns: number;
  /** "range" for a 2-D array, "list" for a 1-D array (read as a column), "single" for one value. */
  readonly kind: "range" | "list" | "single";
}

/**
 * Reads an argument as a grid; rows of different lengths are refused.
 *
 * @example
 * gridOf([[1], [2]], "keys", words).rows; // 2
 */
export function gridOf(value: unknown, argument: Argument, words: Words): Grid {
  if (!Array.isArray(value)) return { argument, cells: [value], rows: 1, columns: 1, kind: "single" };
  if (!value.every(Array.isArray)) {
    limit(value.length, argument, words);
    return { argument, cells: value, rows: value.length, columns: 1, kind: "list" };
  }
  const rows = value as unknown[][];
  const columns = rows[0]?.length ?? 0;
  if (rows.some((row) => row.length !== columns)) refuse("#VALUE!", words, { argument }, "ragged", {});
  limit(rows.length * columns, argument, words);
  return { argument, cells: rows.flat(), rows: rows.length, columns, kind: "range" };
}

/**
 * Where the i-th value of a grid sits, for a message: a row in a column, a
 * column in a row, both in a wider range.
 *
 * @example
 * placeOf(gridOf([[1], [2]], "keys", words), 1); // { argument: "keys", row: 2 }
 */
export function placeOf(grid: Grid, index: number): Place {
  const row = Math.floor(index / grid.columns) + 1;
  const column = (index % grid.columns) + 1;
  if (grid.rows === 1 && grid.columns === 1) return { argument: grid.argument };
  if (grid.columns === 1) return { argument: grid.argument, row };
  if (grid.rows === 1) return { argument: grid.argument, column };
  return { argument: grid.argument, row, column };
}

/**
 * Lays results out in a grid's shape: a 2-D array of its rows and columns
 * (a list or a single value comes back as a column).
 *
 * @example
 * shapeLike(gridOf([[1, 2]], "keys", words), [3, 4]); // [[3, 4]]
 */
export function shapeLike<T>(grid: Grid, values: readonly T[]): T[][] {
  return Array.from({ length: grid.rows }, (_, r) => values.slice(r * grid.columns, (r + 1) * grid.columns));
}

/**
 * The one value of an argument that takes a single cell (a 1×1 range counts as one).
 *
 * @example
 * single([[10]], "amount", words); // 10
 */
export function single(value: unknown, argument: Argument, words: Words): unknown {
  const grid = gridOf(value, argument, words);
  if (grid.cells.length !== 1) refuse("#VALUE!", words, { argument }, "notSingle", {});
  return grid.cells[0];
}

function limit(count: number, argument: Argument, words: Words): void {
  if (count > MAX_VALUES) refuse("#NUM!", words, { argument }, "tooMany", { count, limit: MAX_VALUES });
}
