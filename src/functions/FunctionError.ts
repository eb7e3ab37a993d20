import type { Language } from "../contracts/language";
import { Refusal, type Params } from "../contracts/refusal";
import { FUNCTION_MESSAGES, type FunctionCode, type FunctionParams } from "./functionMessages";
import { placeName, wordsFor, type Place } from "./messages";

/** The Excel error values Fördela's worksheet functions return. */
export type ExcelErrorCode = "#VALUE!" | "#DIV/0!" | "#NUM!" | "#N/A";

/**
 * A worksheet function's refusal, as data: `errorValue` is the error value
 * the cell shows, `place` the argument (and its row and column) that holds
 * the refused value, `code` and `params` the reason in the functions' message
 * table. Its path is the place in the functions' language ("nycklar, rad 3")
 * and `message` the text Excel shows beside the error value. Nothing is
 * returned with it, so a refused input never gives a wrong number.
 *
 * @example
 * new FunctionError("#DIV/0!", { argument: "keys" }, "sumZero", {}).message; // "nycklar: nycklarna blir tillsammans 0, …"
 */
export class FunctionError<C extends FunctionCode = FunctionCode> extends Refusal {
  constructor(
    readonly errorValue: ExcelErrorCode,
    readonly place: Place,
    code: C,
    params: FunctionParams<C>,
    language: Language = "sv",
  ) {
    super(placeName(wordsFor(language), place), code, params as Params, FUNCTION_MESSAGES, language);
    this.name = "FunctionError";
  }
}
