import { FunctionError, functionsFor } from "../../src/functions";
import { FUNCTION_MESSAGES } from "../../src/functions/functionMessages";
import { englishWord, paramsRead, sentenceProblem, walk } from "../helpers/messageWalk";

describe("the worksheet functions' message table", () => {
  it.each(walk(FUNCTION_MESSAGES))("says $code in $language as a whole sentence", ({ text, language }) => {
    expect(sentenceProblem(text, language)).toBeUndefined();
  });

  it("has the same codes in Swedish and English", () => {
    expect(Object.keys(FUNCTION_MESSAGES.en).sort()).toEqual(Object.keys(FUNCTION_MESSAGES.sv).sort());
  });

  it.each(Object.keys(FUNCTION_MESSAGES.sv))("uses the same parameters for %s in both languages", (code) => {
    expect(paramsRead(FUNCTION_MESSAGES, code, "en")).toEqual(paramsRead(FUNCTION_MESSAGES, code, "sv"));
  });

  it.each(walk(FUNCTION_MESSAGES).filter((m) => m.language === "sv"))(
    "says $code in Swedish without English words",
    ({ text }) => {
      expect(englishWord(text)).toBeUndefined();
    },
  );
});

describe("a worksheet function's refusal as data", () => {
  const refusal = (call: () => unknown): FunctionError => {
    try {
      call();
    } catch (error) {
      if (error instanceof FunctionError) return error;
    }
    throw new Error("the call did not refuse");
  };

  it("carries Excel's error value, its place, its code and its parameters", () => {
    expect(refusal(() => functionsFor("sv").SPLIT(10, [[1], ["sju"]]))).toMatchObject({
      errorValue: "#VALUE!",
      place: { argument: "keys", row: 2 },
      code: "notNumber",
      params: { typed: '"sju"' },
    });
  });

  it("speaks Swedish by default and English for an English Excel, the place in each one's words", () => {
    const sv = refusal(() => functionsFor("sv").SPLIT(10, [[0], [0]]));
    const en = refusal(() => functionsFor("en").SPLIT(10, [[0], [0]]));
    expect([sv.message, en.message]).toEqual([
      "nycklar: nycklarna blir tillsammans 0, så det finns inget att fördela efter",
      "keys: the keys add up to 0, so there is nothing to split by",
    ]);
  });

  it("keeps its path and changes only the reason in the other language", () => {
    expect(refusal(() => functionsFor("sv").SPLIT(10, [[1], ["sju"]])).messageIn("en")).toBe(
      'nycklar, rad 2: "sju" is not a number',
    );
  });
});
