import { commonForm } from "../engine/exact/commonForm";
import { Rational } from "../engine/exact/rational";
import { allocate } from "../engine/rounding/allocate";
import { ROUNDING_METHODS } from "../engine/rounding/types";
import { cellNumber } from "./cellNumber";
import { gridOf, placeOf, shapeLike, single } from "./grid";
import type { Words } from "./messages";
import { readKeys } from "./readKeys";
import { readMethod, readUnit, wholeUnits } from "./readArguments";
import { refuse } from "./refuse";
import { readValue } from "./readValue";

/**
 * FÖRDELA.BELOPP / FORDELA.SPLIT: the amount split in proportion to the key
 * values, rounded to the unit so that the parts add up exactly (largest
 * remainder per ROUNDING.md unless `method` says "sainte-lague" or "dhondt");
 * the result has the keys' shape.
 *
 * @example
 * split(words, 10, [[1], [1], [1], [3]]); // [[2], [2], [1], [5]]
 * split(words, 1000, [["1/3", "2/3"]], 0.01); // [[333.33, 666.67]]
 */
export function split(
  words: Words,
  amount: unknown,
  keys: unknown,
  unit?: unknown,
  method?: unknown,
): number[][] {
  const total = readValue(single(amount, "amount", words), { argument: "amount" }, words);
  const grid = gridOf(keys, "keys", words);
  const values = readKeys(grid, words);
  const rounding = readUnit(unit, words);
  const chosen = readMethod(method, "largest-remainder", ROUNDING_METHODS, words);
  const units = wholeUnits(total, rounding, "amount", words);
  const { numerators } = commonForm(values);
  if (numerators.every((n) => n === 0n)) refuse("#DIV/0!", words, { argument: "keys" }, "sumZero", {});
  const parts = allocate(units, numerators, chosen);
  return shapeLike(
    grid,
    parts.map((part, index) => cellNumber(Rational.of(part).mul(rounding), placeOf(grid, index), words)),
  );
}
