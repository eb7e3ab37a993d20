import { commonForm } from "../engine/exact/commonForm";
import { Rational, sum } from "../engine/exact/rational";
import { allocate } from "../engine/rounding/allocate";
import { cellNumber } from "./cellNumber";
import { gridOf, single } from "./grid";
import type { Words } from "./messages";
import { readKeys } from "./readKeys";
import { readUnit, wholeUnits } from "./readArguments";
import { readWeights } from "./readWeights";
import { refuse } from "./refuse";
import { readValue } from "./readValue";

/**
 * FÖRDELA.VIKTAT / FORDELA.WEIGHTED: the weights rule of MODEL.md. Each
 * column of the key range is a key (a column of ones is equal parts), each
 * weight says how much of the amount follows its key; party i's exact share
 * is Σ w_k · v_k,i / Σ_j v_k,j and the amount is rounded once on it, by
 * largest remainder. One party per row; the result is a column.
 *
 * @example
 * // 75 % by population, 25 % in equal parts
 * weighted(words, 1000, [[100, 1], [300, 1]], [["75%", "25%"]]); // [[312], [688]]
 */
export function weighted(
  words: Words,
  amount: unknown,
  keyRange: unknown,
  weights: unknown,
  unit?: unknown,
): number[][] {
  const total = readValue(single(amount, "amount", words), { argument: "amount" }, words);
  const grid = gridOf(keyRange, "keyRange", words);
  const values = readKeys(grid, words);
  const w = readWeights(weights, "weights", words);
  if (w.length !== grid.columns)
    refuse("#VALUE!", words, { argument: "weights" }, "weightCount", {
      weights: w.length,
      columns: grid.columns,
    });
  const rounding = readUnit(unit, words);
  const units = wholeUnits(total, rounding, "amount", words);
  const shares = compositeShares(values, grid.rows, w, words);
  const { numerators } = commonForm(shares);
  const parts = allocate(units, numerators);
  return parts.map((part, row) => [
    cellNumber(Rational.of(part).mul(rounding), { argument: "keyRange", row: row + 1 }, words),
  ]);
}

/** Each row's composite share; a key with a weight whose values add up to 0 is refused. */
function compositeShares(
  values: readonly Rational[],
  rows: number,
  weights: readonly Rational[],
  words: Words,
): Rational[] {
  const columns = weights.length;
  const shares = Array.from({ length: rows }, () => Rational.ZERO);
  weights.forEach((weight, k) => {
    if (weight.sign() === 0) return;
    const column = Array.from({ length: rows }, (_, i) => values[i * columns + k] ?? Rational.ZERO);
    const keySum = sum(column);
    if (keySum.sign() === 0)
      refuse("#DIV/0!", words, { argument: "keyRange", column: k + 1 }, "columnSumZero", { column: k + 1 });
    const factor = weight.div(keySum);
    column.forEach((v, i) => (shares[i] = (shares[i] ?? Rational.ZERO).add(v.mul(factor))));
  });
  return shares;
}
