import { ENGINE_MESSAGES } from "../../../src/engine/messages/engineMessages";
import { ModelError, refusalMessage } from "../../../src/engine/model/ModelError";
import { JsonSyntaxError, parseJson } from "../../../src/engine/json/parseJson";
import { englishWord, paramsRead, sentenceProblem, walk } from "../../helpers/messageWalk";

describe("the engine's message table", () => {
  it.each(Object.keys(ENGINE_MESSAGES.sv))("uses the same parameters for %s in both languages", (code) => {
    expect(paramsRead(ENGINE_MESSAGES, code, "en")).toEqual(paramsRead(ENGINE_MESSAGES, code, "sv"));
  });

  it.each(walk(ENGINE_MESSAGES).filter((m) => m.language === "sv"))(
    "says $code in Swedish without English words",
    ({ text }) => {
      expect(englishWord(text)).toBeUndefined();
    },
  );

  it.each(walk(ENGINE_MESSAGES))("says $code in $language as a whole sentence", ({ text, language }) => {
    expect(sentenceProblem(text, language)).toBeUndefined();
  });

  it("has the same codes in Swedish and English", () => {
    expect(Object.keys(ENGINE_MESSAGES.en).sort()).toEqual(Object.keys(ENGINE_MESSAGES.sv).sort());
  });
});

describe("a refusal as data", () => {
  const error = new ModelError("lines.bidrag.split.shares", "sumNotOne", { what: "shares", sum: "9/10" });

  it("speaks Swedish by default, with the path the same in both languages", () => {
    expect(error.message).toBe("lines.bidrag.split.shares: andelarna blir tillsammans 9/10, inte 1");
    expect(error.messageIn("en")).toBe("lines.bidrag.split.shares: the shares add up to 9/10, not 1");
  });

  it("keeps its code and parameters", () => {
    expect(error.code).toBe("sumNotOne");
    expect(error.params).toEqual({ what: "shares", sum: "9/10" });
  });

  it("survives being sent as data and rebuilt, scenario and all", () => {
    const moved = error.inScenario("Högre");
    const data = structuredClone(moved.toData());
    expect(ModelError.from(data).message).toBe(moved.message);
    expect(refusalMessage(data, "en")).toBe(
      'lines.bidrag.split.shares: the shares add up to 9/10, not 1 (in the scenario "Högre")',
    );
  });

  it("writes amounts the Swedish way in Swedish and plainly in English", () => {
    const rest = new ModelError("lines.x.split.rest", "restNegative", {
      fixed: "1500000",
      amount: "1000000.5",
    });
    expect(rest.reason).toBe(
      "de fasta beloppen blir tillsammans 1\u00a0500\u00a0000, mer än de 1\u00a0000\u00a0000,5 som finns att fördela, så resten skulle bli negativ",
    );
    expect(rest.reasonIn("en")).toContain("add up to 1500000, more than the 1000000.5");
  });

  it("names a list or an object in the reader's language", () => {
    const found = new ModelError("parties", "notList", { found: "object" });
    expect(found.reason).toBe("här ska stå en lista, inte ett objekt");
    expect(found.reasonIn("en")).toBe("expected a list, found an object");
  });

  it("says where JSON text breaks, by line and column, in either language", () => {
    let error: unknown;
    try {
      parseJson('{\n  "a" 1\n}');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(JsonSyntaxError);
    const json = error as JsonSyntaxError;
    expect([json.line, json.column]).toEqual([2, 7]);
    expect(json.message).toBe('texten är inte giltig JSON: på rad 2, kolumn 7 väntades ":" efter fältnamnet');
    expect(json.messageIn("en")).toBe(
      'the text is not valid JSON: line 2, column 7: expected ":" after a field name',
    );
  });
});
