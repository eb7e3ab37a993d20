import { readFileSync } from "node:fs";
import { InputError } from "../../src/workbook/inputs/InputError";
import { parseDelimited } from "../../src/workbook/inputs/parseDelimited";
import { applyKeyEdit } from "../../src/workbook/live/keyEdit";
import { WorkbookError } from "../../src/workbook/office/WorkbookError";
import { WORKBOOK_MESSAGES } from "../../src/workbook/workbookMessages";
import { englishWord, paramsRead, sentenceProblem, walk } from "../helpers/messageWalk";

describe("the workbook layer's message table", () => {
  it.each(walk(WORKBOOK_MESSAGES))("says $code in $language as a whole sentence", ({ text, language }) => {
    expect(sentenceProblem(text, language)).toBeUndefined();
  });

  it("has the same codes in Swedish and English", () => {
    expect(Object.keys(WORKBOOK_MESSAGES.en).sort()).toEqual(Object.keys(WORKBOOK_MESSAGES.sv).sort());
  });

  it("would find a placeholder left in braces, or an English word in Swedish", () => {
    expect(sentenceProblem("raden har {fields} kolumner", "sv")).toBe("it has a placeholder left");
    expect(englishWord('filen har en "byte order mark"')).toBeUndefined();
    expect(englishWord("filen har en byte order mark")).toBe("order");
  });

  it.each(Object.keys(WORKBOOK_MESSAGES.sv))("uses the same parameters for %s in both languages", (code) => {
    expect(paramsRead(WORKBOOK_MESSAGES, code, "en")).toEqual(paramsRead(WORKBOOK_MESSAGES, code, "sv"));
  });

  it.each(walk(WORKBOOK_MESSAGES).filter((m) => m.language === "sv"))(
    "says $code in Swedish without English words",
    ({ text }) => {
      expect(englishWord(text)).toBeUndefined();
    },
  );
});

describe("a workbook refusal as data", () => {
  const refusal = () => {
    try {
      parseDelimited("Kommun;Folkmängd\nBerg;7000\nBräcke;6000;1\n", "folk.csv", "sv");
    } catch (error) {
      return error as InputError;
    }
    throw new Error("the text was read");
  };

  it("carries its code, its FILE:LINE:COLUMN and its parameters", () => {
    expect(refusal()).toMatchObject({ code: "width", path: "folk.csv:3:3", params: { fields: 3, width: 2 } });
  });

  it("speaks Swedish by default, with the same path in English", () => {
    expect(refusal().message).toBe("folk.csv:3:3: raden har 3 kolumner men rubriken 2; blandas avgränsare?");
    expect(refusal().messageIn("en")).toBe(
      "folk.csv:3:3: the row has 3 columns but the heading 2; mixed delimiters?",
    );
  });

  it("names a sheet's cell as its path, and no cell for a text place", () => {
    const cell = new WorkbookError("Indata!C5", "notANumber", { text: "sju tusen" });
    expect([cell.message, cell.address, refusal().address]).toEqual([
      'Indata!C5: "sju tusen" är inte ett tal',
      "Indata!C5",
      undefined,
    ]);
  });

  it("refuses a key value typed into Indata with the engine's reason in the pane's language", () => {
    const text = readFileSync("examples/turism.json", "utf8");
    const sv = applyKeyEdit(text, "Indata", 8, 3, -5, "sv");
    const en = applyKeyEdit(text, "Indata", 8, 3, -5, "en");
    expect([sv.kind === "refused" && sv.message, en.kind === "refused" && en.message]).toEqual([
      expect.stringMatching(
        /^Indata!D9: keys\.\w+\.values\.2303: -5 är negativt, .*; cellen har fått tillbaka modellens värde$/,
      ),
      expect.stringMatching(
        /^Indata!D9: keys\.\w+\.values\.2303: -5 is negative, .*; the cell has been given the model's value back$/,
      ),
    ]);
  });

  it("keeps a refused key value's engine reason as data, so it reads whole in the other language too", () => {
    const text = readFileSync("examples/turism.json", "utf8");
    const sv = applyKeyEdit(text, "Indata", 8, 3, -5, "sv");
    if (sv.kind !== "refused") throw new Error(`expected a refusal, got ${sv.kind}`);
    expect(sv.refusal.messageIn("en")).toMatch(
      /^Indata!D9: keys\.\w+\.values\.2303: -5 is negative, .*; the cell has been given the model's value back$/,
    );
    expect(sv.refusal.toData().params).toEqual(expect.objectContaining({ engineCode: expect.any(String) }));
  });
});

describe("a key value typed into Indata", () => {
  it("is kept for a party called __proto__ that had none, as for any other id", () => {
    // key k has no value for __proto__ yet (no line reads it); the line splits by key m
    const model = `{"format":"fordela/1","name":"p","parties":[{"id":"__proto__","name":"Proto"},{"id":"b","name":"B"}],
      "keys":{"k":{"values":{"b":2}},"m":{"values":{"__proto__":1,"b":1}}},
      "lines":{"l":{"label":"L","amount":"100","split":{"by":"key","key":"m"}}}}`;
    const edit = applyKeyEdit(model, "Indata", 7, 3, 5, "sv");
    expect(edit.kind).toBe("changed");
    if (edit.kind === "changed") expect(edit.text).toMatch(/"values":\s*\{[^}]*"__proto__":\s*5/);
  });
});
