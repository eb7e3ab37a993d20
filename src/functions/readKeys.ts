import type { Rational } from "../engine/exact/rational";
import { placeOf, type Grid } from "./grid";
import type { Words } from "./messages";
import { refuse } from "./refuse";
import { readValue, typed } from "./readValue";

/**
 * Reads every key value of a range exactly; a blank, a negative value or
 * text that is not a number is refused at its row and column.
 *
 * @example
 * readKeys(gridOf([[1], ["1/3"]], "keys", words), words).map(String); // ["1", "1/3"]
 */
export function readKeys(grid: Grid, words: Words): Rational[] {
  return grid.cells.map((cell, index) => {
    const place = placeOf(grid, index);
    const value = readValue(cell, place, words);
    if (value.sign() < 0) refuse("#VALUE!", words, place, "negative", { typed: typed(cell, words) });
    return value;
  });
}
