import type { Language } from "../contracts/language";
import { wordsFor } from "./messages";
import { plan } from "./plan";
import { seats } from "./seats";
import { split } from "./split";
import { weighted } from "./weighted";

/** A range or a single value, as Excel passes it; an omitted argument is undefined (Excel's null works too). */
export type Cells = unknown;

/** Fördela's worksheet functions with their refusals in one language. */
export interface WorksheetFunctions {
  SPLIT(amount: Cells, keys: Cells, unit?: Cells, method?: Cells): number[][];
  WEIGHTED(amount: Cells, keyRange: Cells, weights: Cells, unit?: Cells): number[][];
  SEATS(seats: Cells, votes: Cells, method?: Cells): number[][];
  PLAN(amounts: Cells, weights: Cells, unit?: Cells): number[][];
}

/**
 * The worksheet functions speaking a language (Swedish by default): each
 * takes Excel's values and returns a 2-D array, or throws a FunctionError
 * whose `code` is Excel's error value and whose message is the text Excel shows.
 *
 * @example
 * functionsFor("en").SPLIT(100, [[1], [1], [1]]); // [[34], [33], [33]]
 */
export function functionsFor(language: Language): WorksheetFunctions {
  const words = wordsFor(language);
  return {
    SPLIT: (amount, keys, unit, method) => split(words, amount, keys, unit, method),
    WEIGHTED: (amount, keyRange, weights, unit) => weighted(words, amount, keyRange, weights, unit),
    SEATS: (count, votes, method) => seats(words, count, votes, method),
    PLAN: (amounts, weights, unit) => plan(words, amounts, weights, unit),
  };
}
