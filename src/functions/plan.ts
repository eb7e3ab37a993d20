import { Rational } from "../engine/exact/rational";
import { controlledRounding } from "../engine/rounding/controlledRounding";
import { cellNumber } from "./cellNumber";
import { gridOf } from "./grid";
import type { Words } from "./messages";
import { readUnit, wholeUnits } from "./readArguments";
import { readWeights } from "./readWeights";
import { refuse } from "./refuse";
import { readValue } from "./readValue";

/** MODEL.md's limit on a schedule's periods. */
const MAX_PERIODS = 120;

/**
 * FÖRDELA.PLAN / FORDELA.PLAN: a payment plan, each party's total (one per
 * row) over periods weighted by a row of shares that add up to 1, rounded
 * both ways at once as the engine rounds a model's schedule: every row adds
 * up exactly to its total and every period's column is within one unit of
 * its exact sum.
 *
 * @example
 * plan(words, [[1], [1], [1]], [["1/2", "1/2"]]); // [[1, 0], [1, 0], [0, 1]]
 */
export function plan(words: Words, amounts: unknown, weights: unknown, unit?: unknown): number[][] {
  const grid = gridOf(amounts, "amount", words);
  if (grid.columns !== 1) refuse("#VALUE!", words, { argument: "amount" }, "notColumn", {});
  const w = readWeights(weights, "weights", words);
  if (w.length > MAX_PERIODS)
    refuse("#NUM!", words, { argument: "weights" }, "tooMany", { count: w.length, limit: MAX_PERIODS });
  const rounding = readUnit(unit, words);
  const totals = grid.cells.map((cell, i) => {
    const row = grid.rows === 1 ? undefined : i + 1;
    const place = row === undefined ? { argument: "amount" as const } : { argument: "amount" as const, row };
    return wholeUnits(readValue(cell, place, words), rounding, "amount", words, row);
  });
  const table = controlledRounding(totals, w);
  return table.map((cells, i) =>
    cells.map((units) =>
      cellNumber(Rational.of(units).mul(rounding), { argument: "amount", row: i + 1 }, words),
    ),
  );
}
