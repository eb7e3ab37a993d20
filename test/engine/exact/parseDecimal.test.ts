import { JsonNumber, parseDecimal } from "../../../src/engine";

describe("parseDecimal", () => {
  it.each([
    ["1250.50", "2501/2"],
    ["-3", "-3"],
    ["1e6", "1000000"],
    ["0.1", "1/10"],
    [".5", "1/2"],
  ])("reads the text %p exactly as %p", (text, expected) => {
    expect(parseDecimal(text, "p").toString()).toBe(expected);
  });

  it("reads a JavaScript number through its shortest decimal form", () => {
    expect(parseDecimal(0.1, "p").toString()).toBe("1/10");
  });

  it("keeps every digit of a lossless JSON number", () => {
    expect(parseDecimal(new JsonNumber("12345678901234567890.01"), "p").toString()).toBe(
      "1234567890123456789001/100",
    );
  });

  it.each([["sju tusen"], ["1 000"], ["12,5"], [""], [null], [true], [{}], [Number.NaN]])(
    "refuses %p with the field's path",
    (value) => {
      expect(() => parseDecimal(value, "keys.k.values.2326")).toThrow(
        /^keys\.k\.values\.2326: .* är inte ett tal$/,
      );
    },
  );

  it("quotes the text it refuses", () => {
    expect(() => parseDecimal("sju tusen", "keys.folkmangd.values.2326")).toThrow(
      'keys.folkmangd.values.2326: "sju tusen" är inte ett tal',
    );
  });
});
