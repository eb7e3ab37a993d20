import { FunctionError, SPLIT } from "../../../src/functions";
import { excelCall, excelError } from "../../../src/functions/excel/excelCall";

/** Stands in for CustomFunctions.Error: records the error value and message Excel would get. */
const factory = (code: string, message: string) => ({ code, message });

function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error("the call did not throw");
}

describe("excelCall: the worksheet functions as Excel calls them", () => {
  it("passes an omitted argument, which Excel gives as null, on as undefined", () => {
    const seen: unknown[][] = [];
    excelCall((...args: unknown[]) => seen.push(args), [1, null, null], factory);
    expect(seen).toEqual([[1, undefined, undefined]]);
  });

  it("returns the function's 2-D result", () => {
    expect(excelCall(SPLIT, [100, [[1], [1], [1]], null, null], factory)).toEqual([[34], [33], [33]]);
  });

  it("throws #VALUE! with its message, which Excel shows beside the cell", () => {
    expect(thrown(() => excelCall(SPLIT, [10, [["sju"]], null, null], factory))).toEqual({
      code: "#VALUE!",
      message: 'nycklar: "sju" är inget tal',
    });
  });

  it("throws #DIV/0! without a message, which Excel does not take for that error value", () => {
    expect(thrown(() => excelCall(SPLIT, [10, [[0]], null, null], factory))).toEqual({
      code: "#DIV/0!",
      message: "",
    });
  });

  it("turns anything unforeseen into #VALUE! saying what happened, never a number", () => {
    expect(excelError(new RangeError("out of range"), factory)).toEqual({
      code: "#VALUE!",
      message: "out of range",
    });
  });

  it("keeps #N/A's message", () => {
    const missing = new FunctionError("#N/A", { argument: "model" }, "noModel", { name: '"Budget"' });
    expect(excelError(missing, factory)).toEqual({
      code: "#N/A",
      message: 'modell: arbetsboken har ingen modell som heter "Budget"',
    });
  });
});
