import { JsonNumber, JsonSyntaxError, parseJson } from "../../../src/engine";

describe("parseJson", () => {
  it("keeps numbers as their exact text", () => {
    const doc = parseJson('{"a": 12345678901234567890.01}') as { a: JsonNumber };
    expect(doc.a.text).toBe("12345678901234567890.01");
  });

  it("reads strings, escapes, lists, true, false and null", () => {
    expect(parseJson('{"s": "Ö\\u00e5\\n", "l": [true, false, null]}')).toEqual({
      s: "Öå\n",
      l: [true, false, null],
    });
  });

  it("ignores a byte-order mark", () => {
    expect(parseJson('\uFEFF{"a": "b"}')).toEqual({ a: "b" });
  });

  it("keeps a field called __proto__ as a field", () => {
    const doc = parseJson('{"__proto__": {"x": "y"}}') as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(["__proto__"]);
  });

  it.each([
    ['{"a": 1,}', "line 1, column 9"],
    ['{\n  "a" 1\n}', "line 2, column 7"],
    ["[1, 2", "ends too early"],
    ['{"a": 01}', 'expected "," or "}"'],
    ["", "ends too early"],
  ])("refuses %p saying where (%p)", (text, where) => {
    expect(() => parseJson(text)).toThrow(JsonSyntaxError);
    expect(() => parseJson(text)).toThrow(where);
  });
});
