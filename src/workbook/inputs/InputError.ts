import type { Language } from "../../contracts/language";
import { WorkbookError } from "../office/WorkbookError";
import type { WorkbookCode, WorkbookParams } from "../workbookMessages";

/** Where in a text file or pasted text a refusal is: 1-based line and column (the column counts fields). */
export interface TextPlace {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * A refusal of a text file or pasted text of parties and keys, at a line and
 * column (1-based; the column counts fields, as a spreadsheet would). Its
 * path is `FILE:LINE:COLUMN`; `fields` holds the refused row's fields where
 * there is one, for the pane to show it beside the reason.
 *
 * @example
 * new InputError({ file: "folk.csv", line: 3, column: 2 }, "notANumber", { text: "sju" }).message; // 'folk.csv:3:2: "sju" är inte ett tal'
 */
export class InputError<C extends WorkbookCode = WorkbookCode> extends WorkbookError<C> {
  readonly file: string;
  readonly line: number;
  readonly column: number;

  constructor(
    place: TextPlace,
    code: C,
    params: WorkbookParams<C>,
    language: Language = "sv",
    readonly fields?: readonly string[],
  ) {
    super(`${place.file}:${place.line}:${place.column}`, code, params, language);
    this.file = place.file;
    this.line = place.line;
    this.column = place.column;
    this.name = "InputError";
  }

  /** A text place is no cell. */
  override get address(): undefined {
    return undefined;
  }
}
