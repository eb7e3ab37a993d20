import type { StoreSheet } from "../store/modelStore";
import { STORE_COLUMNS } from "../store/storeRows";
import { columnLetters } from "../description/address";
import type { ExcelRun } from "./writeToExcel";

/** The very hidden sheet Fördela keeps its models in. */
export const STORE_SHEET = "Fördela modeller";

const LAST_COLUMN = columnLetters(STORE_COLUMNS.length - 1);

/** What the store sheet needs of Excel: a plain run (never an undo group) and whether Office tells who saves. */
export interface StoreSheetOptions {
  /** Excel.run without mergeUndoGroup: making and hiding a sheet cannot be undone, and a save is not part of a write. */
  readonly run: ExcelRun;
  /** Whether workbook.properties.lastAuthor can be read (ExcelApi 1.7). */
  readonly canTellAuthor: boolean;
}

/**
 * The store sheet in the open workbook, through Office.js: reads and writes
 * rows of the model store, each call one Excel.run. The sheet is made (and
 * made very hidden, so only Fördela shows it) by a run of its own the first
 * time a model is saved.
 *
 * @example
 * const store = modelStore(officeStoreSheet({ run: Excel.run, canTellAuthor: true }), { language: "sv" });
 */
export function officeStoreSheet(options: StoreSheetOptions): StoreSheet {
  const { run } = options;
  let author: string | undefined;
  return {
    readRows: (columns) =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET);
        await context.sync();
        if (sheet.isNullObject) return [];
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load("rowIndex, rowCount");
        await context.sync();
        if (used.isNullObject) return [];
        const last = used.rowIndex + used.rowCount;
        const range = sheet.getRange(`A1:${columnLetters(columns - 1)}${last}`);
        range.load("values");
        await context.sync();
        return range.values as unknown[][];
      }),
    readRowsAt: (rows) =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(STORE_SHEET);
        const ranges = rows.map((r) => {
          const range = sheet.getRange(`A${r + 1}:${LAST_COLUMN}${r + 1}`);
          range.load("values");
          return range;
        });
        await context.sync();
        return ranges.map((range) => (range.values[0] ?? []) as unknown[]);
      }),
    writeRows: async (at, rows) => {
      await ensureStoreSheet(run);
      await run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(STORE_SHEET);
        sheet.getRange(`A${at + 1}:${LAST_COLUMN}${at + rows.length}`).values = rows.map((r) => [...r]);
        await context.sync();
      });
    },
    clearRows: (rows) =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET);
        await context.sync();
        if (sheet.isNullObject) return;
        for (const [first, count] of runsOf(rows))
          sheet.getRange(`A${first + 1}:${LAST_COLUMN}${first + count}`).clear(Excel.ClearApplyTo.contents);
        await context.sync();
      }),
    author: async () => {
      if (!options.canTellAuthor) return "";
      author ??= await run(async (context) => {
        const properties = context.workbook.properties;
        properties.load("lastAuthor");
        await context.sync();
        return properties.lastAuthor;
      });
      return author;
    },
  };
}

/**
 * Makes the store sheet, very hidden, where there is none: in a run of its
 * own, since Excel cannot undo adding and hiding a sheet (inside an undo
 * group it refuses them).
 *
 * @example
 * await ensureStoreSheet(Excel.run);
 */
export async function ensureStoreSheet(run: ExcelRun): Promise<void> {
  try {
    await addStoreSheet(run);
  } catch (error) {
    // A co-author may have added it at the same moment: theirs will do.
    if (!(await hasStoreSheet(run))) throw error;
  }
}

async function hasStoreSheet(run: ExcelRun): Promise<boolean> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET);
    await context.sync();
    return !sheet.isNullObject;
  });
}

async function addStoreSheet(run: ExcelRun): Promise<void> {
  await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const sheet = worksheets.getItemOrNullObject(STORE_SHEET);
    await context.sync();
    if (!sheet.isNullObject) return;
    const added = worksheets.add(STORE_SHEET);
    added.visibility = Excel.SheetVisibility.veryHidden;
    await context.sync();
  });
}

/** Row numbers as runs of neighbours: [first, count]. */
function runsOf(rows: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const row of [...rows].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last !== undefined && last[0] + last[1] === row) last[1]++;
    else runs.push([row, 1]);
  }
  return runs;
}
