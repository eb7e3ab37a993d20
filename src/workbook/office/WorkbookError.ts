/**
 * A refusal from the workbook layer: a clash with a user's sheet, bad input
 * in a cell, an Excel too old. `address` names the cell (`Indata!C5`) where
 * there is one. Nothing has been written when it is raised.
 *
 * @example
 * new WorkbookError('Indata!C5: "sju tusen" är inte ett tal', "Indata!C5");
 */
export class WorkbookError extends Error {
  constructor(
    message: string,
    readonly address?: string,
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}
