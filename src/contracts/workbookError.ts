import { Refusal } from "./refusal";

/**
 * What the pane knows of a refusal from the workbook layer (WorkbookError and
 * those built on it, in src/workbook): a Refusal whose path, where there is
 * one, is a cell (`address`, "Indata!C5"), so the pane can select it.
 */
export interface WorkbookRefusal extends Refusal {
  readonly address: string | undefined;
}

/**
 * Whether an error is a refusal from the workbook layer, told by its shape so
 * the pane need not load that layer's Office part to ask.
 *
 * @example
 * isWorkbookRefusal(new Error("nej")); // false
 */
export function isWorkbookRefusal(error: unknown): error is WorkbookRefusal {
  return error instanceof Refusal && "address" in error;
}

/**
 * The refusal a write gives when the user has typed into Fördela's sheets
 * since it wrote them (EditedSheetsError in the Office layer): the sheets,
 * and the question in its message.
 */
export interface EditedSheetsRefusal extends WorkbookRefusal {
  readonly name: "EditedSheetsError";
  readonly sheets: readonly string[];
}

/**
 * Whether an error is the refusal to write over the user's edits in Fördela's sheets.
 *
 * @example
 * isEditedSheetsRefusal(new Error("nej")); // false
 */
export function isEditedSheetsRefusal(error: unknown): error is EditedSheetsRefusal {
  return isWorkbookRefusal(error) && error.name === "EditedSheetsError" && "sheets" in error;
}
