import type { SheetEdit } from "../live/liveRecompute";
import type { ExcelRun } from "./writeToExcel";

/**
 * Tells `listener` of every change to a sheet's cells, with its source (this
 * Excel or a co-author's) and whether Fördela itself wrote it (the event's
 * trigger source, ExcelApi 1.14; where Excel does not tell, a write of
 * Fördela's reads back as what the model holds already, and sets nothing
 * off). Needs ExcelApi 1.7; where the sheet is missing, nothing is heard.
 * Gives back a function that stops listening.
 *
 * @example
 * const stop = await watchSheetEdits(Excel.run, "Indata", (edit) => live.onEdit(edit));
 */
export async function watchSheetEdits(
  run: ExcelRun,
  sheet: string,
  listener: (edit: SheetEdit) => void,
): Promise<() => Promise<void>> {
  const handler = await run(async (context) => {
    const found = context.workbook.worksheets.getItemOrNullObject(sheet);
    await context.sync();
    if (found.isNullObject) return undefined;
    const added = found.onChanged.add(async (event) => {
      const trigger = (event as { triggerSource?: string }).triggerSource;
      listener({
        source: event.source === "Remote" ? "Remote" : "Local",
        byFordela: trigger === "ThisLocalAddin",
        sheet,
        address: event.address,
      });
    });
    await context.sync();
    return added;
  });
  return async () => handler?.remove();
}

/**
 * Reads one cell's value (a number, text, or "" for an empty cell).
 *
 * @example
 * await readCell(Excel.run, "Indata", "D10"); // 5146
 */
export async function readCell(run: ExcelRun, sheet: string, address: string): Promise<unknown> {
  return run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    range.load("values");
    await context.sync();
    return range.values[0]?.[0];
  });
}

/**
 * Writes one value into a cell: a refused edit's cell gets the model's value back.
 *
 * @example
 * await writeCell(Excel.run, "Indata", "D10", 5146);
 */
export async function writeCell(
  run: ExcelRun,
  sheet: string,
  address: string,
  value: number | "",
): Promise<void> {
  await run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
    await context.sync();
  });
}
