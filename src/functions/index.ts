/**
 * Fördela's worksheet functions, free of Office: what FÖRDELA.BELOPP,
 * VIKTAT, PLATSER and PLAN compute in Excel, also for Node
 * (`dist/node/functions/index.js`). Ranges are 2-D arrays (rows first), an
 * omitted argument is undefined, results are 2-D arrays, and a refusal
 * throws a FunctionError with Excel's error value as `code`.
 */
import { functionsFor } from "./functionsFor";

export { functionsFor, type WorksheetFunctions, type Cells } from "./functionsFor";
export { FunctionError, type ExcelErrorCode } from "./FunctionError";

const swedish = functionsFor("sv");

/** FORDELA.SPLIT(amount, keys, [unit], [method]), with Swedish messages. */
export const SPLIT = swedish.SPLIT;
/** FORDELA.WEIGHTED(amount, keyRange, weights, [unit]), with Swedish messages. */
export const WEIGHTED = swedish.WEIGHTED;
/** FORDELA.SEATS(seats, votes, [method]), with Swedish messages. */
export const SEATS = swedish.SEATS;
/** FORDELA.PLAN(amounts, weights, [unit]), with Swedish messages. */
export const PLAN = swedish.PLAN;
