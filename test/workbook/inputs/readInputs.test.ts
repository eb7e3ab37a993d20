import { readInputs, type TableData } from "../../../src/workbook/inputs/readInputs";
import { WorkbookError } from "../../../src/workbook/office/WorkbookError";

const table = (rows: unknown[][], headers = ["Kommun", "Namn", "Folkmängd", "Användare"]): TableData => ({
  sheet: "Indata",
  row: 3,
  col: 1,
  headers,
  rows,
});
const choice = {
  party: 0,
  name: 1,
  keys: new Map([
    [2, "folkmangd"],
    [3, "anvandare"],
  ]),
};
const good = [
  ["2303", "Ragunda", 5146, 410],
  ["2380", "Östersund", 64979, 4200],
];

describe("readInputs", () => {
  it("reads parties and keys from a table", () => {
    expect(readInputs(table(good), choice, "sv")).toEqual({
      parties: [
        { id: "2303", name: "Ragunda", code: "2303" },
        { id: "2380", name: "Östersund", code: "2380" },
      ],
      keys: {
        folkmangd: { label: "Folkmängd", values: { "2303": "5146", "2380": "64979" } },
        anvandare: { label: "Användare", values: { "2303": "410", "2380": "4200" } },
      },
    });
  });

  it('splits SCB\'s "2380 Östersund" into code and name', () => {
    const inputs = readInputs(table([["2380 Östersund", "", 64979, 1]]), choice, "sv");
    expect(inputs.parties).toEqual([{ id: "2380", name: "Östersund", code: "2380" }]);
  });

  it("keeps the decimals a cell holds", () => {
    expect(readInputs(table([["a", "A", 0.1, 2.5]]), choice, "sv").keys.folkmangd?.values.a).toBe("0.1");
  });

  it.each<[string, unknown[][], string]>([
    [
      "text in a number column",
      [["2303", "Ragunda", "sju tusen", 1]],
      'Indata!D5: "sju tusen" är inte ett tal',
    ],
    [
      "a blank key cell",
      [["2303", "Ragunda", 5146, null]],
      "Indata!E5: cellen är tom; skriv ett tal (0 om parten inte ska ha någon del)",
    ],
    [
      "a negative value",
      [["2303", "Ragunda", -5, 1]],
      "Indata!D5: -5 är negativt, och ett nyckelvärde kan inte vara negativt",
    ],
    [
      "a duplicate party",
      [good[0] as unknown[], ["2303", "Ragunda igen", 1, 1]],
      'Indata!B6: parten "2303" finns redan på rad 5',
    ],
    ["a row without a party", [["", "", 1, 1]], "Indata!B5: raden saknar part"],
    [
      "a key that adds up to zero",
      [
        ["a", "A", 0, 1],
        ["b", "B", 0, 1],
      ],
      'Indata!D5:D6: nyckeln "Folkmängd" summerar till 0, så inget kan fördelas efter den',
    ],
    ["an empty table", [], "Indata!B4: tabellen har inga rader"],
  ])("refuses %s with the cell's address", (_, rows, message) => {
    expect(() => readInputs(table(rows), choice, "sv")).toThrow(new Error(message));
  });

  it("names the cell in the error for the pane to select it", () => {
    try {
      readInputs(table([["2303", "Ragunda", "x", 1]]), choice, "sv");
    } catch (error) {
      expect((error as WorkbookError).address).toBe("Indata!D5");
    }
    expect.assertions(1);
  });

  it("speaks English when asked", () => {
    expect(() => readInputs(table([["2303", "Ragunda", "seven", 1]]), choice, "en")).toThrow(
      'Indata!D5: "seven" is not a number',
    );
  });
});
