import { FunctionError, type ExcelErrorCode } from "./FunctionError";
import type { FunctionCode, FunctionParams } from "./functionMessages";
import type { Place, Words } from "./messages";

/**
 * Throws the refusal of a value at a place: `nycklar, rad 3: "sju" är inget tal`.
 *
 * @example
 * refuse("#VALUE!", wordsFor("sv"), { argument: "keys", row: 3 }, "notNumber", { typed: '"sju"' }); // throws FunctionError
 */
export function refuse<C extends FunctionCode>(
  errorValue: ExcelErrorCode,
  words: Words,
  place: Place,
  code: C,
  params: FunctionParams<C>,
): never {
  throw new FunctionError(errorValue, place, code, params, words.language);
}
