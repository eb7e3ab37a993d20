import type { Language } from "../../contracts/language";
import { Refusal, type Params } from "../../contracts/refusal";
import { WORKBOOK_MESSAGES, type WorkbookCode, type WorkbookParams } from "../workbookMessages";

/**
 * A refusal from the workbook layer, as data: a clash with a user's sheet,
 * bad input in a cell, an Excel too old. `path` names the cell (`Indata!C5`),
 * the line and column of a file (`folk.csv:3:2`) or "" for none; the words
 * come from the workbook layer's message table, and `message` is in the
 * language the layer was asked to speak (Swedish by default). Nothing has
 * been written when it is raised.
 *
 * @example
 * new WorkbookError("Indata!C5", "notANumber", { text: "sju tusen" }).message; // 'Indata!C5: "sju tusen" är inte ett tal'
 */
export class WorkbookError<C extends WorkbookCode = WorkbookCode> extends Refusal {
  constructor(path: string, code: C, params: WorkbookParams<C>, language: Language = "sv") {
    super(path, code, params as Params, WORKBOOK_MESSAGES, language);
    this.name = "WorkbookError";
  }

  /** The cell the refusal is about, where it is one. */
  get address(): string | undefined {
    return this.path === "" ? undefined : this.path;
  }
}
