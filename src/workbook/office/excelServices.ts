import type { WorkbookSpec } from "../description/types";
import type { TableData } from "../inputs/readInputs";
import type { Language } from "../render/labels";
import type { StoredModel, StoreProblem } from "../store/modelStore";
import { checkRequirements, FREEZE_API, STAGE_API, UNDO_API } from "./requirements";
import { readTable } from "./readTable";
import { loadModels, saveModels } from "./workbookModels";
import { writeToExcel, type ExcelRun, type WriteReport } from "./writeToExcel";

/** What the task pane asks of a workbook: Excel's, or the preview's in memory. */
export interface WorkbookServices {
  readonly inExcel: boolean;
  write(spec: WorkbookSpec): Promise<WriteReport>;
  loadModels(): Promise<{ models: StoredModel[]; problems: StoreProblem[] }>;
  saveModels(models: readonly StoredModel[]): Promise<void>;
  /** Selects a cell such as "Indata!C5", to show the user where a refusal points. */
  selectCell(address: string): Promise<void>;
  /** Reads the selected cells as a table, the first row as headings. */
  readSelection(): Promise<TableData>;
  /** The names of the workbook's Excel tables, to choose one to read. */
  listTables(): Promise<string[]>;
  /** Reads an Excel table by name. */
  readTable(name: string): Promise<TableData>;
}

/**
 * The workbook services backed by Excel itself, through Office.js: the only
 * place the task pane reaches Excel.
 *
 * @example
 * const services = excelServices("sv"); // inside Office.onReady, in Excel
 */
export function excelServices(language: Language): WorkbookServices {
  // Where Excel can (ExcelApi 1.20), a whole write is one undo step: one Ctrl+Z takes all of it back.
  const oneUndo = Office.context.requirements.isSetSupported("ExcelApi", UNDO_API);
  const run: ExcelRun = (batch) => (oneUndo ? Excel.run({ mergeUndoGroup: true }, batch) : Excel.run(batch));
  return {
    inExcel: true,
    write: async (spec) => {
      checkRequirements(Office.context.requirements, language);
      return writeToExcel(spec, run, {
        language,
        canFreeze: Office.context.requirements.isSetSupported("ExcelApi", FREEZE_API),
        canStage: Office.context.requirements.isSetSupported("ExcelApi", STAGE_API),
      });
    },
    loadModels: () => loadModels(run, language),
    saveModels: (models) => saveModels(run, models),
    readSelection: () => readTable(run, { selection: true }),
    readTable: (name) => readTable(run, { table: name }),
    listTables: () =>
      run(async (context) => {
        const tables = context.workbook.tables;
        tables.load("items/name");
        await context.sync();
        return tables.items.map((t) => t.name);
      }),
    selectCell: (address) =>
      run(async (context) => {
        const [sheet = "", cell = ""] = address.replace(/'/g, "").split("!");
        context.workbook.worksheets.getItem(sheet).getRange(cell).select();
        await context.sync();
      }),
  };
}
