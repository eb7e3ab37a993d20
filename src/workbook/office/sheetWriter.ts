import { cellAddress, columnLetters, rangeAddress } from "../description/address";
import type { CellStyle, SheetSpec } from "../description/types";
import { arrangeSheet, setUpPage } from "./pageLayout";
import type { SheetGrid } from "./sheetGrid";

// What the writer queues on one sheet: its cells, then what lives beside them. Office.js only.

/** A width in characters is so many digits of 7 pixels plus 5 pixels of padding; a pixel is 3/4 of a point. */
const points = (characters: number) => (characters * 7 + 5) * 0.75;
const RED = { fill: "#FFC7CE", font: "#9C0006" };

/** Empties an owned sheet for rewriting: its tables, charts, formats, merges, row heights, page breaks and contents. */
export function clearSheet(sheet: Excel.Worksheet, canLayOutPages: boolean): void {
  sheet.tables.items.forEach((table) => table.delete());
  sheet.charts.items.forEach((chart) => chart.delete());
  const all = sheet.getRange();
  all.conditionalFormats.clearAll();
  all.unmerge();
  all.clear();
  all.format.useStandardHeight = true;
  if (canLayOutPages) sheet.horizontalPageBreaks.removePageBreaks();
}

/**
 * Queues a sheet's cells: formulas and values, number formats and fonts,
 * whole when its `bytes` (its {@link cellBytes}) fit `chunkBytes`, in row
 * chunks otherwise, calling `flushIfLarge` after each chunk with its size.
 */
export async function writeCells(
  sheet: Excel.Worksheet,
  spec: SheetSpec,
  grid: SheetGrid,
  bytes: number,
  chunkBytes: number,
  flushIfLarge: (bytes: number) => Promise<void>,
): Promise<void> {
  if (grid.rows > 0 && grid.cols > 0) {
    const rowsPerChunk =
      bytes <= chunkBytes ? grid.rows : Math.max(1, Math.floor(chunkBytes / Math.max(1, bytesPerRow(grid))));
    for (let first = 0; first < grid.rows; first += rowsPerChunk) {
      const count = Math.min(rowsPerChunk, grid.rows - first);
      const formulas = grid.formulas.slice(first, first + count);
      sheet.getRange(rangeAddress(first, 0, count, grid.cols)).formulas = formulas;
      const formats = formatRuns(grid.formats, first, count);
      for (const run of formats)
        sheet.getRange(rangeAddress(run.row, run.col, run.formats.length, 1)).numberFormat = run.formats;
      // A sheet sent whole was measured by cellBytes already; only a part needs measuring.
      await flushIfLarge(
        count === grid.rows ? bytes : JSON.stringify(formulas).length + JSON.stringify(formats).length,
      );
    }
  }
  styleCells(sheet, spec);
}

/**
 * Queues what lives beside the cells: column widths, merged and wrapped
 * text, row heights, tables, the red check cells, charts, frozen headings
 * and, where Excel has ExcelApi 1.9, the page setup.
 */
export function finishSheet(
  sheet: Excel.Worksheet,
  spec: SheetSpec,
  options: { readonly canFreeze: boolean; readonly canLayOutPages?: boolean },
): void {
  spec.widths.forEach((width, col) => {
    sheet.getRange(`${columnLetters(col)}:${columnLetters(col)}`).format.columnWidth = points(width);
  });
  arrangeSheet(sheet, spec);
  for (const table of spec.tables) {
    const added = sheet.tables.add(
      rangeAddress(table.row, table.col, table.rows + 1, table.columns.length),
      true,
    );
    added.name = table.name;
    added.style = "TableStyleLight9";
  }
  for (const red of spec.redWhenNonZero) {
    const format = sheet
      .getRange(cellAddress(red.row, red.col))
      .conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
    format.cellValue.format.fill.color = RED.fill;
    format.cellValue.format.font.color = RED.font;
    format.cellValue.rule = { formula1: "0", operator: Excel.ConditionalCellValueOperator.notEqualTo };
  }
  spec.charts.forEach((chart, i) => {
    const source = sheet.getRange(rangeAddress(chart.row, chart.col, chart.rows, chart.cols));
    const type = chart.kind === "waterfall" ? Excel.ChartType.columnStacked : Excel.ChartType.barClustered;
    const added = sheet.charts.add(type, source, Excel.ChartSeriesBy.columns);
    added.name = `Fordela_diagram_${i + 1}`;
    added.title.text = chart.title;
    if (chart.kind === "waterfall") added.legend.visible = false;
    chart.colors?.forEach((color, s) => {
      const fill = added.series.getItemAt(s).format.fill;
      if (color === null) fill.clear();
      else fill.setSolidColor(`#${color}`);
    });
    added.setPosition(
      cellAddress(chart.at.row, chart.at.col),
      cellAddress(chart.at.row + chart.at.rows - 1, chart.at.col + chart.at.cols - 1),
    );
  });
  if (spec.freezeRows !== undefined && options.canFreeze) sheet.freezePanes.freezeRows(spec.freezeRows);
  if (spec.page !== undefined && options.canLayOutPages === true) setUpPage(sheet, spec.page);
}

/**
 * Number formats by runs down a column, leaving out "General" (the cleared
 * sheet's format already): a third less to send than the whole grid.
 */
function formatRuns(
  formats: readonly string[][],
  first: number,
  count: number,
): { row: number; col: number; formats: string[][] }[] {
  const runs: { row: number; col: number; formats: string[][] }[] = [];
  const cols = formats[0]?.length ?? 0;
  for (let col = 0; col < cols; col++) {
    let run: { row: number; col: number; formats: string[][] } | undefined;
    for (let row = first; row < first + count; row++) {
      const format = formats[row]?.[col] ?? "General";
      if (format === "General") run = undefined;
      else if (run !== undefined) run.formats.push([format]);
      else runs.push((run = { row, col, formats: [[format]] }));
    }
  }
  return runs;
}

/**
 * The bytes of cell data a sheet's cells take in requests: formulas and the
 * runs of number formats, as {@link writeCells} sends them.
 *
 * @example
 * cellBytes(sheetGrid(sheet)) > 4_000_000; // needs more than one request
 */
export function cellBytes(grid: SheetGrid): number {
  return JSON.stringify(grid.formulas).length + JSON.stringify(formatRuns(grid.formats, 0, grid.rows)).length;
}

function bytesPerRow(grid: { formulas: unknown[][]; formats: unknown[][] }): number {
  const sample = Math.min(grid.formulas.length, 50);
  const bytes =
    JSON.stringify(grid.formulas.slice(0, sample)).length +
    JSON.stringify(grid.formats.slice(0, sample)).length;
  return Math.ceil(bytes / Math.max(1, sample)) * 2;
}

/** Bold headings and totals, a larger title, grey notes: one format call per run of neighbouring cells in a row. */
function styleCells(sheet: Excel.Worksheet, spec: SheetSpec): void {
  const runs: { style: CellStyle; row: number; from: number; to: number }[] = [];
  for (const cell of spec.cells) {
    if (cell.style === undefined) continue;
    const last = runs.at(-1);
    if (last !== undefined && last.style === cell.style && last.row === cell.row && last.to === cell.col - 1)
      last.to = cell.col;
    else runs.push({ style: cell.style, row: cell.row, from: cell.col, to: cell.col });
  }
  for (const { style, row, from, to } of runs) {
    const font = sheet.getRange(rangeAddress(row, from, 1, to - from + 1)).format.font;
    if (style === "note") {
      font.italic = true;
      font.color = "#605E5C";
    } else font.bold = true;
    if (style === "title") font.size = 14;
  }
}
