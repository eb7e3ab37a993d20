import fc from "fast-check";
import {
  JsonNumber,
  JsonSyntaxError,
  MAX_DEPTH,
  ModelError,
  parseJson,
  stringifyJson,
} from "../../../src/engine";
import { defineField } from "../../../src/engine/json/mergePatch";

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
    ['{"a": 1,}', "rad 1, kolumn 9"],
    ['{\n  "a" 1\n}', "rad 2, kolumn 7"],
    ["[1, 2", "tar slut för tidigt"],
    ['{"a": 01}', 'väntades "," eller "}"'],
    ["", "tar slut för tidigt"],
  ])("refuses %p saying where (%p)", (text, where) => {
    expect(() => parseJson(text)).toThrow(JsonSyntaxError);
    expect(() => parseJson(text)).toThrow(where);
  });
});

describe("parseJson's refusals at a path", () => {
  it("refuses a field written twice in one object, at that field", () => {
    expect(() => parseJson('{"lines": {"a": {"amount": "1", "amount": "1"}}}')).toThrow(
      new ModelError("lines.a.amount", "repeatedField"),
    );
  });

  it("names a repeated id that is not plain as a JSON string in brackets", () => {
    expect(() => parseJson('{"values": {"2380 Östersund": 1, "2380 Östersund": 2}}')).toThrow(
      'values["2380 Östersund"]: ',
    );
  });

  it("refuses a repeated __proto__ field", () => {
    expect(() => parseJson('{"__proto__": 1, "__proto__": 1}')).toThrow(ModelError);
  });

  it(`reads ${MAX_DEPTH} objects or lists inside one another`, () => {
    const text = "[".repeat(MAX_DEPTH) + "]".repeat(MAX_DEPTH);
    expect(parseJson(text)).toBeInstanceOf(Array);
  });

  it("refuses the first list that goes too deep, at its path", () => {
    const text = `{"a": ${"[".repeat(MAX_DEPTH)}${"]".repeat(MAX_DEPTH)}}`;
    expect(() => parseJson(text)).toThrow(
      new ModelError(`a${"[0]".repeat(MAX_DEPTH - 1)}`, "tooDeep", { max: MAX_DEPTH }),
    );
  });

  it("refuses 3 000 levels of nesting as too deep, not with a stack overflow", () => {
    const text = '{"x":'.repeat(3000) + "1" + "}".repeat(3000);
    expect(() => parseJson(text)).toThrow(
      new RegExp(`^${"x\\.".repeat(MAX_DEPTH - 1)}x: här ligger fler än 32`),
    );
  });

  it("refuses 1 000 000 levels of nesting as too deep", () => {
    expect(() => parseJson("[".repeat(1_000_000))).toThrow(ModelError);
  });
});

describe("parseJson on any text (fuzzing)", () => {
  const only = (text: string) => {
    try {
      parseJson(text);
      return true;
    } catch (error) {
      return error instanceof JsonSyntaxError || error instanceof ModelError;
    }
  };

  it("returns a document or throws its own error, for random text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), only), { numRuns: 2000 });
  });

  it("returns a document or throws its own error, for random JSON-like tokens", () => {
    const token = fc.constantFrom(
      "{",
      "}",
      "[",
      "]",
      ",",
      ":",
      '"a"',
      '"b"',
      "1",
      "-0.5e3",
      "true",
      "null",
      " ",
      "\\",
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 80 }), (tokens) => only(tokens.join(""))),
      { numRuns: 3000 },
    );
  });

  it("returns a document or throws its own error, for JSON text cut anywhere", () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), fc.nat(), (json, cut) =>
        only(json.slice(0, cut % (json.length + 1))),
      ),
      { numRuns: 1000 },
    );
  });
});

/** Random JSON documents with long exact numbers, ids such as __proto__, and any text. */
const document = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom(true, false, null),
    fc.string(),
    fc
      .tuple(fc.bigInt({ min: -(10n ** 60n), max: 10n ** 60n }), fc.nat({ max: 40 }), fc.boolean())
      .map(([digits, scale, exp]) => {
        const text = digits.toString();
        return new JsonNumber(
          exp ? `${text}e-${scale}` : scale === 0 ? text : `${text}.${"0".repeat(scale)}7`,
        );
      }),
    fc.array(tie("value"), { maxLength: 5 }),
    fc
      .uniqueArray(fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "toString")), {
        maxLength: 5,
      })
      .chain((keys) =>
        fc.tuple(...keys.map(() => tie("value"))).map((values) => {
          const record: Record<string, unknown> = {};
          keys.forEach((key, i) => defineField(record, key, values[i]));
          return record;
        }),
      ),
  ),
}));

describe("stringifyJson and parseJson (round trip)", () => {
  it.each([0, 2])("give back every document digit for digit (indent %p)", (indent) => {
    fc.assert(
      fc.property(document.value, (value) => {
        const text = stringifyJson(value, indent);
        expect(stringifyJson(parseJson(text), indent)).toBe(text);
        expect(parseJson(text)).toEqual(value);
      }),
      { numRuns: 500 },
    );
  });

  it("writes a 60-digit number as it was read", () => {
    const digits = "123456789012345678901234567890123456789012345678901234567890.5";
    expect(stringifyJson(parseJson(`{"a": [${digits}]}`), 0)).toBe(`{"a":[${digits}]}`);
  });

  it("writes __proto__ as a field", () => {
    expect(stringifyJson(parseJson('{"__proto__": {"constructor": 1}}'), 0)).toBe(
      '{"__proto__":{"constructor":1}}',
    );
  });

  it("writes the same text as JSON.stringify for plain values", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(stringifyJson(value, 2)).toBe(JSON.stringify(value, null, 2));
      }),
    );
  });
});
