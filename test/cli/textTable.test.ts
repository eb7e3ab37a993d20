import fc from "fast-check";
import { textLength, textTable } from "../../src/cli/textTable";

describe("textLength", () => {
  it("counts code points, as the table lays them out", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => expect(textLength(text)).toBe([...text].length)),
    );
  });

  it("counts a character outside the BMP once", () => {
    expect([textLength("12\u00a0345"), textLength("Åre 😀")]).toEqual([6, 5]);
  });
});

describe("textTable", () => {
  const columns = [
    { heading: "Part", right: false },
    { heading: "Belopp", right: true },
  ];
  const rows = [
    ["A", "1"],
    ["Summa", "1"],
  ];
  const rules = (table: string) => table.split("\n").filter((line) => line.startsWith("─")).length;

  it("sets the last row apart as the sums by a rule above it", () => {
    expect(rules(textTable(columns, rows))).toBe(2);
  });

  it("draws only the heading's rule when the rows have no sums", () => {
    const table = textTable(columns, rows, { sums: false });
    expect([rules(table), table.split("\n")]).toEqual([
      1,
      ["Part   Belopp", "─────  ──────", "A           1", "Summa       1"],
    ]);
  });
});
