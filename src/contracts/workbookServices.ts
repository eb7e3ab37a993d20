import type { ModelStore, StoreProblem } from "./modelStore";
import type { WorkbookSpec } from "./sheetDescription";

/**
 * What the task pane asks of a workbook, and the plain data it gets back:
 * the contract between the pane and the workbook layer. Excel's services
 * (src/workbook/office, loaded lazily) and the preview's in memory both
 * keep it; the pane knows nothing else of either.
 */

/** An Excel table as read: where its header row is, its headings and its data rows' values. */
export interface TableData {
  readonly sheet: string;
  /** 0-based row and column of the header row's first cell. */
  readonly row: number;
  readonly col: number;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
  /**
   * For text from a file or pasted (`sheet` names it): each data row's
   * 1-based line, so that refusals say FILE:LINE:COLUMN instead of a cell.
   */
  readonly lines?: readonly number[];
}

/** A change of cells on a sheet, as Excel's change event tells it. */
export interface SheetEdit {
  /** Local: made in this Excel; Remote: a co-author's. */
  readonly source: "Local" | "Remote";
  /** Written by Fördela itself (the event's trigger source), not typed by the user. */
  readonly byFordela: boolean;
  readonly sheet: string;
  /** The cells changed, without the sheet: "D10" or "D10:E12". */
  readonly address: string;
}

/** What a write did: how many round trips it took and how much it sent. */
export interface WriteReport {
  readonly syncs: number;
  readonly payloadBytes: number;
  readonly sheets: readonly string[];
}

/** Where a change to the stored models came from: this Excel, or a co-author's. */
export type StoreChangeSource = "Local" | "Remote";

/** A feature of Fördela that needs a newer Excel than the least it runs on. */
export type Feature =
  "liveRecompute" | "coauthorRefresh" | "savedBy" | "freeze" | "pageLayout" | "staging" | "oneUndo";

/** A feature that is off in this Excel, and the ExcelApi set it needs (e.g. "1.7"). */
export interface MissingFeature {
  readonly feature: Feature;
  readonly set: string;
}

/** What the task pane asks of a workbook: Excel's, or the preview's in memory. */
export interface WorkbookServices {
  readonly inExcel: boolean;
  /** The features this Excel lacks the requirement set for, so that the pane says which are off and why. */
  missingFeatures(): Promise<readonly MissingFeature[]>;
  /** Writes Fördela's sheets; `overwriteEdited` once the user agreed to write over their edits in them. */
  write(spec: WorkbookSpec, options?: { readonly overwriteEdited?: boolean }): Promise<WriteReport>;
  /** The models stored in this workbook (Fördela's very hidden store sheet). */
  readonly models: ModelStore;
  /** Once when the pane opens: moves models an earlier Fördela kept in the workbook's settings into the store. */
  prepareModels(): Promise<readonly StoreProblem[]>;
  /** Calls `listener` when the stored models change, here or by a co-author; gives back how to stop. */
  watchModels(listener: (source: StoreChangeSource) => void): Promise<() => Promise<void>>;
  /** Calls `listener` for every change of a sheet's cells (ExcelApi 1.7; nothing is heard without it). */
  watchEdits(sheet: string, listener: (edit: SheetEdit) => void): Promise<() => Promise<void>>;
  /** One cell's value, as Excel holds it. */
  readCell(sheet: string, address: string): Promise<unknown>;
  /** Writes one value into a cell (a refused edit's cell gets the model's value back). */
  writeCell(sheet: string, address: string, value: number | ""): Promise<void>;
  /** Selects a cell such as "Indata!C5", to show the user where a refusal points. */
  selectCell(address: string): Promise<void>;
  /** Reads the selected cells as a table, the first row as headings. */
  readSelection(): Promise<TableData>;
  /** The names of the workbook's Excel tables, to choose one to read. */
  listTables(): Promise<string[]>;
  /** Reads an Excel table by name. */
  readTable(name: string): Promise<TableData>;
}
