import { WorkbookError } from "../office/WorkbookError";

/**
 * A refusal of a text file or pasted text of parties and keys, at a line and
 * column (1-based; the column counts fields, as a spreadsheet would). The
 * message reads `FILE:LINE:COLUMN: reason`; `fields` holds the refused row's
 * fields where there is one, for the pane to show it beside the reason.
 *
 * @example
 * new InputError("folk.csv", 3, 2, '"64,979" kan läsas både som 64,979 och 64979');
 */
export class InputError extends WorkbookError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
    readonly fields?: readonly string[],
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.name = "InputError";
  }
}
