import { cellAddress, columnLetters, rangeAddress } from "../description/address";
import type { CellStyle, SheetSpec, WorkbookSpec } from "../description/types";
import type { Language } from "../render/labels";
import { OWNED_SETTING, ownedRecord, readOwned } from "./ownedSheets";
import { sheetGrid } from "./sheetGrid";
import { WorkbookError } from "./WorkbookError";

/** Excel.run's shape, passed in so that tests can hand in a stand-in. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface WriteOptions {
  readonly language: Language;
  /** Whether Excel has ExcelApi 1.7 for freezing the heading rows. */
  readonly canFreeze: boolean;
  /** Bytes of cell data queued before a sync; Excel on the web refuses requests over 5 MB. */
  readonly chunkBytes?: number;
}

/** What a write did: how many round trips it took and how much it sent. */
export interface WriteReport {
  readonly syncs: number;
  readonly payloadBytes: number;
  readonly sheets: readonly string[];
}

const CHUNK_BYTES = 4_000_000;
const POINTS_PER_CHARACTER = 7;
const RED = { fill: "#FFC7CE", font: "#9C0006" };

/**
 * Writes a workbook description into the open workbook in one Excel.run:
 * reads which sheets exist and which Fördela owns, refuses a clash with a
 * sheet of the user's before anything is written, clears the owned sheets it
 * rewrites (in place, so formulas of the user's that point at them keep
 * working), writes every sheet with calculation suspended, and records the
 * sheets it owns. Two or three syncs whatever the model's size, and one more
 * per 4 MB of cell data beyond the first.
 *
 * @example
 * await writeToExcel(renderWorkbook(evaluations), Excel.run, { language: "sv", canFreeze: true });
 */
export async function writeToExcel(
  spec: WorkbookSpec,
  run: ExcelRun,
  options: WriteOptions,
): Promise<WriteReport> {
  return run(async (context) => {
    let syncs = 0;
    const sync = async () => {
      syncs++;
      await context.sync();
    };
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const record = context.workbook.settings.getItemOrNullObject(OWNED_SETTING);
    record.load("value");
    await sync();
    const owned = record.isNullObject ? [] : readOwned(record.value);
    const existing = new Set(worksheets.items.map((s) => s.name));
    refuseClashes(spec, existing, owned, options.language);
    const reused = spec.sheets.filter((s) => existing.has(s.name)).map((s) => worksheets.getItem(s.name));
    for (const sheet of reused) {
      sheet.tables.load("items/name");
      sheet.charts.load("items/name");
    }
    if (reused.length > 0) await sync();
    context.application.suspendApiCalculationUntilNextSync();
    reused.forEach(clearSheet);
    let payloadBytes = 0;
    let pending = 0;
    const flushIfLarge = async (bytes: number) => {
      payloadBytes += bytes;
      pending += bytes;
      // Excel on the web refuses a request over 5 MB: send what is queued before it grows past that.
      if (pending < (options.chunkBytes ?? CHUNK_BYTES)) return;
      await sync();
      context.application.suspendApiCalculationUntilNextSync();
      pending = 0;
    };
    for (const sheetSpec of spec.sheets) {
      const sheet = existing.has(sheetSpec.name)
        ? worksheets.getItem(sheetSpec.name)
        : worksheets.add(sheetSpec.name);
      await writeSheet(sheet, sheetSpec, options, flushIfLarge);
    }
    context.workbook.settings.add(
      OWNED_SETTING,
      ownedRecord(
        owned,
        spec.sheets.map((s) => s.name),
      ),
    );
    await sync();
    return { syncs, payloadBytes, sheets: spec.sheets.map((s) => s.name) };
  });
}

function refuseClashes(
  spec: WorkbookSpec,
  existing: ReadonlySet<string>,
  owned: readonly string[],
  language: Language,
): void {
  const clash = spec.sheets.find((s) => existing.has(s.name) && !owned.includes(s.name));
  if (clash === undefined) return;
  throw new WorkbookError(
    language === "en"
      ? `The workbook already has a sheet called "${clash.name}" that Fördela did not write. Rename or move that sheet, and run again; Fördela never writes over a sheet of yours.`
      : `Arbetsboken har redan ett blad som heter "${clash.name}" och som Fördela inte har skrivit. Byt namn på bladet och kör igen; Fördela skriver aldrig över dina egna blad.`,
  );
}

/** Empties an owned sheet for rewriting: its tables, charts, formats and contents. */
function clearSheet(sheet: Excel.Worksheet): void {
  sheet.tables.items.forEach((table) => table.delete());
  sheet.charts.items.forEach((chart) => chart.delete());
  const all = sheet.getRange();
  all.conditionalFormats.clearAll();
  all.clear();
}

async function writeSheet(
  sheet: Excel.Worksheet,
  spec: SheetSpec,
  options: WriteOptions,
  flushIfLarge: (bytes: number) => Promise<void>,
): Promise<void> {
  const grid = sheetGrid(spec);
  if (grid.rows > 0 && grid.cols > 0) {
    const rowsPerChunk = Math.max(
      1,
      Math.floor((options.chunkBytes ?? CHUNK_BYTES) / Math.max(1, bytesPerRow(grid))),
    );
    for (let first = 0; first < grid.rows; first += rowsPerChunk) {
      const count = Math.min(rowsPerChunk, grid.rows - first);
      const formulas = grid.formulas.slice(first, first + count);
      sheet.getRange(rangeAddress(first, 0, count, grid.cols)).formulas = formulas;
      const formats = formatRuns(grid.formats, first, count);
      for (const run of formats)
        sheet.getRange(rangeAddress(run.row, run.col, run.formats.length, 1)).numberFormat = run.formats;
      await flushIfLarge(JSON.stringify(formulas).length + JSON.stringify(formats).length);
    }
  }
  styleCells(sheet, spec);
  spec.widths.forEach((width, col) => {
    sheet.getRange(`${columnLetters(col)}:${columnLetters(col)}`).format.columnWidth =
      width * POINTS_PER_CHARACTER;
  });
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
