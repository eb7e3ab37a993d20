import type { TableData } from "../inputs/readInputs";
import type { ExcelRun } from "./writeToExcel";

/**
 * Reads an Excel table the user pointed at (by name), or the current
 * selection with its first row as headings, in one Excel.run and one sync.
 * Reads only; writes nothing.
 *
 * @example
 * const table = await readTable(Excel.run, { table: "Folkmangd" });
 */
export async function readTable(
  run: ExcelRun,
  source: { table: string } | { selection: true },
): Promise<TableData> {
  return run(async (context) => {
    const range =
      "table" in source
        ? context.workbook.tables.getItem(source.table).getRange()
        : context.workbook.getSelectedRange();
    range.load("values, rowIndex, columnIndex");
    const sheet = range.worksheet;
    sheet.load("name");
    await context.sync();
    const [headers = [], ...rows] = range.values;
    return {
      sheet: sheet.name,
      row: range.rowIndex,
      col: range.columnIndex,
      headers: headers.map((h) => String(h)),
      rows,
    };
  });
}
