import { parseDelimited } from "../../../src/workbook/inputs/parseDelimited";
import { guessColumns, keyId } from "../../../src/workbook/inputs/guessColumns";
import { readInputs } from "../../../src/workbook/inputs/readInputs";

const scb = `"Folkmängd efter region och år"

"region","2024"
"2303 Ragunda",5146
"2380 Östersund",64979
`;

describe("parseDelimited", () => {
  it.each([
    ["comma", scb],
    ["semicolon", scb.replace(/,/g, ";")],
    ["tab", scb.replace(/,/g, "\t")],
  ])("reads SCB's export with %s, skipping the title above the heading", (_, text) => {
    expect(parseDelimited(text, "Urklipp", "sv")).toEqual({
      sheet: "Urklipp",
      row: 2,
      col: 0,
      headers: ["region", "2024"],
      rows: [
        ["2303 Ragunda", "5146"],
        ["2380 Östersund", "64979"],
      ],
      lines: [4, 5],
    });
  });

  it("keeps a separator inside quotes", () => {
    expect(parseDelimited('a;b\n"x; y";"1 234,5"', "U", "sv").rows).toEqual([["x; y", "1 234,5"]]);
  });

  it('gives readInputs what it needs: parties from "2380 Östersund" and the key\'s values', () => {
    const table = parseDelimited(scb, "Urklipp", "sv");
    const inputs = readInputs(table, guessColumns(table), "sv");
    expect([inputs.parties[1], inputs.keys.k_2024?.values]).toEqual([
      { id: "2380", name: "Östersund", code: "2380" },
      { "2303": "5146", "2380": "64979" },
    ]);
  });

  it("points a bad pasted value to its line and column", () => {
    const table = parseDelimited(`${scb}"2326 Berg",sju tusen\n`, "Urklipp", "sv");
    expect(() => readInputs(table, guessColumns(table), "sv")).toThrow(
      new Error('Urklipp:6:2: "sju tusen" är inte ett tal'),
    );
  });
});

describe("guessColumns", () => {
  it("takes the first column as the party, a text column as its name and number columns as keys", () => {
    const table = {
      sheet: "S",
      row: 0,
      col: 0,
      headers: ["Kod", "Kommun", "Folkmängd", "Användare"],
      rows: [["2303", "Ragunda", 5146, 410]],
    };
    expect(guessColumns(table)).toEqual({
      party: 0,
      name: 1,
      keys: new Map([
        [2, "folkmangd"],
        [3, "anvandare"],
      ]),
    });
  });

  it("makes key ids of headings", () => {
    expect([keyId("Folkmängd 31 dec 2024"), keyId("2024")]).toEqual(["folkmangd_31_dec_2024", "k_2024"]);
  });
});
