import { cellAddress } from "../description/address";
import type { SheetBuilder } from "./sheetBuilder";

/** Green for an increase, red for a decrease, blue for the whole difference; null leaves the base unfilled. */
export const WATERFALL_COLORS: readonly (string | null)[] = [
  null,
  null,
  "2E7D32",
  "2E7D32",
  "C62828",
  "C62828",
  "1F4E79",
  "1F4E79",
];

// Language-neutral headings for the helper columns the series are computed from.
const HELPERS = ["Δ", "från", "till", "min", "max", "+", "−"];

/** Where the waterfall's data sits: categories in `col`, the eight series to its right. */
export interface WaterfallBlock {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * The data of a waterfall chart as formulas: one row per step (each cause,
 * then the whole difference), with a change per step given as a formula.
 * A waterfall is a stacked column chart whose first two series (the bases
 * above and below zero) are unfilled; a step that crosses zero is drawn as a
 * part above and a part below, because Excel stacks positive and negative
 * values apart.
 *
 * @example
 * waterfallBlock(sheet, 10, 12, ["Radbelopp", "Skillnad"], ["=G7", "=D7"], series); // { row: 10, col: 12, rows: 3, cols: 9 }
 */
export function waterfallBlock(
  sheet: SheetBuilder,
  at: { row: number; col: number },
  steps: readonly string[],
  changes: readonly string[],
  series: readonly string[],
  numberFormat: string,
): WaterfallBlock {
  const { row, col } = at;
  const helper = col + 1 + series.length;
  sheet.text(row, col, "", "heading");
  series.forEach((name, i) => sheet.text(row, col + 1 + i, name, "heading"));
  HELPERS.forEach((name, i) => sheet.text(row, helper + i, name, "heading"));
  steps.forEach((step, i) => {
    const r = row + 1 + i;
    const last = i === steps.length - 1;
    const h = (k: number) => cellAddress(r, helper + k);
    sheet.text(r, col, step);
    const put = (c: number, formula: string) => sheet.put(r, c, { formula, numberFormat });
    put(helper, changes[i] ?? "=0");
    put(helper + 1, last || i === 0 ? "=0" : `=${cellAddress(r - 1, helper + 2)}`);
    put(helper + 2, `=${h(1)}+${h(0)}`);
    put(helper + 3, `=MIN(${h(1)},${h(2)})`);
    put(helper + 4, `=MAX(${h(1)},${h(2)})`);
    put(helper + 5, `=IF(${h(3)}>=0,${h(4)}-${h(3)},IF(${h(4)}<=0,0,${h(4)}))`);
    put(helper + 6, `=IF(${h(4)}<=0,${h(3)}-${h(4)},IF(${h(3)}>=0,0,${h(3)}))`);
    put(col + 1, `=IF(${h(3)}>0,${h(3)},0)`);
    put(col + 2, `=IF(${h(4)}<0,${h(4)},0)`);
    const only = (condition: string, k: number) => `=IF(${condition},${h(k)},0)`;
    const rise = last ? "FALSE" : `${h(0)}>0`;
    const fall = last ? "FALSE" : `${h(0)}<0`;
    put(col + 3, only(rise, 5));
    put(col + 4, only(rise, 6));
    put(col + 5, only(fall, 5));
    put(col + 6, only(fall, 6));
    put(col + 7, only(last ? "TRUE" : "FALSE", 5));
    put(col + 8, only(last ? "TRUE" : "FALSE", 6));
  });
  return { row, col, rows: steps.length + 1, cols: series.length + 1 };
}
