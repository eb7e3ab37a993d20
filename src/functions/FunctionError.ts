/** The Excel error values Fördela's worksheet functions return. */
export type ExcelErrorCode = "#VALUE!" | "#DIV/0!" | "#NUM!" | "#N/A";

/**
 * A worksheet function's refusal: `code` is the error value the cell shows
 * and `message` the text Excel shows beside it, in the user's language.
 * Nothing is returned with it, so a refused input never gives a wrong number.
 *
 * @example
 * new FunctionError("#DIV/0!", "nycklarna blir tillsammans 0").code; // "#DIV/0!"
 */
export class FunctionError extends Error {
  constructor(
    readonly code: ExcelErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "FunctionError";
  }
}
