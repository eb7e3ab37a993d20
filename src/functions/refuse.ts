import { FunctionError, type ExcelErrorCode } from "./FunctionError";
import { placeName, type Place, type Words } from "./messages";

/**
 * Throws the refusal of a value at a place: `nycklar, rad 3: "sju" är inget tal`.
 *
 * @example
 * refuse("#VALUE!", wordsFor("sv"), { argument: "unit" }, "…"); // throws FunctionError
 */
export function refuse(code: ExcelErrorCode, words: Words, place: Place, reason: string): never {
  throw new FunctionError(code, `${placeName(words, place)}: ${reason}`);
}
