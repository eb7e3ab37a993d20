import { commonForm } from "../engine/exact/commonForm";
import { Rational } from "../engine/exact/rational";
import { allocate } from "../engine/rounding/allocate";
import { cellNumber } from "./cellNumber";
import { gridOf, placeOf, shapeLike, single } from "./grid";
import type { Words } from "./messages";
import { readKeys } from "./readKeys";
import { readMethod } from "./readArguments";
import { refuse } from "./refuse";
import { readValue, typed } from "./readValue";

/**
 * FÖRDELA.PLATSER / FORDELA.SEATS: whole seats (licences, posts) in
 * proportion to the votes, by Sainte-Laguë (divisors 1, 3, 5, …) unless
 * `method` says "dhondt"; ties go to the larger vote, then the earlier cell.
 *
 * @example
 * seats(words, 7, [[5], [2]], "dhondt"); // [[5], [2]]
 */
export function seats(words: Words, count: unknown, votes: unknown, method?: unknown): number[][] {
  const raw = single(count, "seats", words);
  const total = readValue(raw, { argument: "seats" }, words);
  if (!total.isInteger() || total.sign() < 0)
    refuse("#VALUE!", words, { argument: "seats" }, "seatsWhole", { typed: typed(raw, words) });
  const grid = gridOf(votes, "votes", words);
  const values = readKeys(grid, words);
  const chosen = readMethod(method, "sainte-lague", ["sainte-lague", "dhondt"], words);
  const { numerators } = commonForm(values);
  if (numerators.every((n) => n === 0n)) refuse("#DIV/0!", words, { argument: "votes" }, "sumZero", {});
  const parts = allocate(total.num, numerators, chosen);
  return shapeLike(
    grid,
    parts.map((part, index) => cellNumber(Rational.of(part), placeOf(grid, index), words)),
  );
}
