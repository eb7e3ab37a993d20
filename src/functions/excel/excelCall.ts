import { FunctionError, type ExcelErrorCode } from "../FunctionError";

/** Builds Excel's error object for a refusal (CustomFunctions.Error in Excel; a stand-in in tests). */
export type ErrorFactory = (code: ExcelErrorCode, message: string) => unknown;

/** Excel shows a message beside these error values only (CustomFunctionsRuntime 1.2). */
const WITH_MESSAGE = new Set<string>(["#VALUE!", "#N/A"]);

/**
 * Excel's error object for what a worksheet function threw: its error value
 * and message for a refusal, and #VALUE! saying what went wrong for anything
 * else, never a silent wrong number.
 *
 * @example
 * excelError(new FunctionError("#DIV/0!", { argument: "keys" }, "sumZero", {}), factory); // factory("#DIV/0!", "")
 */
export function excelError(error: unknown, factory: ErrorFactory): unknown {
  if (error instanceof FunctionError)
    return WITH_MESSAGE.has(error.errorValue)
      ? factory(error.errorValue, error.message)
      : factory(error.errorValue, "");
  return factory("#VALUE!", error instanceof Error ? error.message : String(error));
}

/**
 * Calls a worksheet function as Excel calls it: an omitted argument arrives
 * as null and is passed on as undefined; a refusal is thrown as Excel's error object.
 *
 * @example
 * excelCall(SPLIT, [100, [[1], [1]], null, null], factory); // [[50], [50]]
 */
export function excelCall<T>(
  fn: (...args: unknown[]) => T,
  args: readonly unknown[],
  factory: ErrorFactory,
): T {
  try {
    return fn(...args.map((a) => (a === null ? undefined : a)));
  } catch (error) {
    throw excelError(error, factory);
  }
}
