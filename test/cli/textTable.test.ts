import fc from "fast-check";
import { textLength } from "../../src/cli/textTable";

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
