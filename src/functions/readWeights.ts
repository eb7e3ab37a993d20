import { Rational, sum } from "../engine/exact/rational";
import { exactText } from "./exactText";
import { gridOf, placeOf } from "./grid";
import type { Argument, Words } from "./messages";
import { refuse } from "./refuse";
import { readShare } from "./readValue";

/**
 * Reads a row (or column) of weights: each a share between 0 and 1, read
 * exactly, together exactly 1. Weights that miss 1, as `=1/3` typed three
 * times always does, are refused with how far they are from 1.
 *
 * @example
 * readWeights([["1/2", "25%", 0.25]], "weights", words).map(String); // ["1/2", "1/4", "1/4"]
 */
export function readWeights(value: unknown, argument: Argument, words: Words): Rational[] {
  const grid = gridOf(value, argument, words);
  if (grid.rows !== 1 && grid.columns !== 1) refuse("#VALUE!", words, { argument }, "notVector", {});
  const weights = grid.cells.map((cell, index) => readShare(cell, placeOf(grid, index), words));
  const total = sum(weights);
  if (!total.equals(Rational.ONE)) {
    const off = total.sub(Rational.ONE);
    const short = off.sign() < 0;
    const params = { total: exactText(total, words), off: exactText(short ? off.neg() : off, words) };
    refuse("#VALUE!", words, { argument }, short ? "weightsTooLittle" : "weightsTooMuch", params);
  }
  return weights;
}
