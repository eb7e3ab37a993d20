/* global CustomFunctions, Excel, Office */
// The thin registration of Fördela's worksheet functions in Excel's shared
// runtime. custom-functions-metadata-plugin reads the JSDoc below into
// functions.json (English names) and appends the CustomFunctions.associate
// calls to this file in the webpack build; functions.sv.json beside it gives
// the Swedish names, and a test holds the two to the same ids and parameters.
import { languageOf } from "../../contracts/language";
import { workbookModelSource } from "../../workbook/office/workbookModelSource";
import { functionsFor } from "../functionsFor";
import { wordsFor } from "../messages";
import type { ModelSource } from "../model/ModelSource";
import { streamModel } from "../model/streamModel";
import { excelCall, excelError, type ErrorFactory } from "./excelCall";

// Office's display language where the runtime tells it (the shared runtime does), Swedish otherwise.
const language = languageOf((Office.context as Office.Context | undefined)?.displayLanguage);
const worksheet = functionsFor(language);
const toError: ErrorFactory = (code, message) =>
  new CustomFunctions.Error(code as CustomFunctions.ErrorCode, message === "" ? undefined : message);
let models: ModelSource | undefined;

/**
 * Splits an amount in proportion to keys, rounded to the unit so that the parts add up exactly.
 * @customfunction SPLIT SPLIT
 * @param amount The amount to split, such as 1000000 or "1250,50".
 * @param keys A column or row of key values, such as population.
 * @param [unit] The rounding unit: 1 (the default), 0.01 for öre, 100 for hundreds.
 * @param [method] "largest-remainder" (the default), "sainte-lague" or "dhondt".
 * @returns The parts, in the shape of the keys.
 */
export function split(amount: unknown, keys: unknown[][], unit?: unknown, method?: unknown): number[][] {
  return excelCall(worksheet.SPLIT, [amount, keys, unit, method], toError);
}

/**
 * Splits an amount by several keys at once, each with a weight, rounded once so that the parts add up exactly.
 * @customfunction WEIGHTED WEIGHTED
 * @param amount The amount to split.
 * @param key_range One row per party, one column per key (a column of ones is equal parts).
 * @param weights One weight per key column, adding up to exactly 1, such as "75%" and "25%".
 * @param [unit] The rounding unit: 1 (the default), 0.01 for öre.
 * @returns Each party's part, as a column.
 */
export function weighted(
  amount: unknown,
  key_range: unknown[][],
  weights: unknown[][],
  unit?: unknown,
): number[][] {
  return excelCall(worksheet.WEIGHTED, [amount, key_range, weights, unit], toError);
}

/**
 * Shares out whole seats, licences or posts in proportion to votes.
 * @customfunction SEATS SEATS
 * @param seats The number of seats to share out.
 * @param votes A column or row of votes or key values.
 * @param [method] "sainte-lague" (the default) or "dhondt".
 * @returns The seats, in the shape of the votes.
 */
export function allocateSeats(seats: unknown, votes: unknown[][], method?: unknown): number[][] {
  return excelCall(worksheet.SEATS, [seats, votes, method], toError);
}

/**
 * Splits each party's total over periods, so that every row adds up exactly and every period is within one unit.
 * @customfunction PLAN PLAN
 * @param amounts A column of party totals.
 * @param weights A row of period weights adding up to exactly 1, such as "1/4" four times.
 * @param [unit] The rounding unit: 1 (the default), 0.01 for öre.
 * @returns One row per party, one column per period.
 */
export function plan(amounts: unknown[][], weights: unknown[][], unit?: unknown): number[][] {
  return excelCall(worksheet.PLAN, [amounts, weights, unit], toError);
}

/**
 * The result of a model stored in this workbook, parties by lines with totals; updates when the model is saved again.
 * @customfunction MODEL MODEL
 * @param model The model's name, as saved in Fördela.
 * @param [scenario] A scenario's name; the base model when left out.
 * @param invocation Excel's handle for updating the result.
 */
export function storedModel(
  model: unknown,
  scenario: unknown,
  invocation: CustomFunctions.StreamingInvocation<unknown[][]>,
): void {
  models ??= workbookModelSource((batch) => Excel.run(batch), language);
  streamModel(
    models,
    wordsFor(language),
    model,
    scenario === null ? undefined : scenario,
    invocation,
    (error) => excelError(error, toError),
  );
}
