import { LANGUAGES } from "../../../src/contracts/language";
import { INPUT_MESSAGES } from "../../../src/workbook/inputs/inputMessages";
import { sentenceProblem } from "../../helpers/messageWalk";

/** Every message of the inputs table in each language, functions called with sample values. */
const messages = Object.keys(INPUT_MESSAGES.sv).flatMap((code) =>
  LANGUAGES.map((language) => {
    const entry = (INPUT_MESSAGES[language] as Record<string, unknown>)[code];
    const text =
      typeof entry === "function" ? (entry as (...a: unknown[]) => string)("12", "12", "12") : entry;
    return { code, language, text: typeof text === "string" ? text : "" };
  }),
);

describe("the workbook inputs' message table", () => {
  it("has the same codes in Swedish and English", () => {
    expect(Object.keys(INPUT_MESSAGES.en).sort()).toEqual(Object.keys(INPUT_MESSAGES.sv).sort());
  });

  it.each(messages)("says $code in $language as a whole sentence", ({ text, language }) => {
    expect(sentenceProblem(text, language)).toBeUndefined();
  });
});
