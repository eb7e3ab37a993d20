import fc from "fast-check";
import { decodeText } from "../../../src/workbook/inputs/decodeText";
import { guessColumns } from "../../../src/workbook/inputs/guessColumns";
import { InputError } from "../../../src/workbook/inputs/InputError";
import { parseDelimited } from "../../../src/workbook/inputs/parseDelimited";
import { readInputs } from "../../../src/workbook/inputs/readInputs";

/** What reading gave: "read" or the refusal's line and column; anything else thrown fails the property. */
function outcome(bytes: Uint8Array): string {
  try {
    const table = parseDelimited(decodeText(bytes, "f.csv", "sv"), "f.csv", "sv");
    readInputs(table, guessColumns(table), "sv");
    return "read";
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.column).toBeGreaterThanOrEqual(1);
    expect(error.message).toBe(`f.csv:${error.line}:${error.column}: ${error.reason}`);
    return "refused";
  }
}

/** Text made of what CSV files are made of, so that the reader gets past the first line. */
const csvish = fc
  .array(
    fc.constantFrom(
      ";",
      ",",
      "\t",
      '"',
      "\n",
      "\r\n",
      " ",
      "..",
      "-",
      "1",
      "2,5",
      "6.035",
      "Ö",
      "a",
      "\u2212",
      "\u00a0",
    ),
    {
      maxLength: 80,
    },
  )
  .map((parts) => new TextEncoder().encode(parts.join("")));

describe("the CSV reader under fuzzing", () => {
  it("only reads or refuses with a line and column, for random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => ["read", "refused"].includes(outcome(bytes))),
    );
  });

  it("only reads or refuses with a line and column, for random CSV-like text", () => {
    fc.assert(
      fc.property(csvish, (bytes) => ["read", "refused"].includes(outcome(bytes))),
      { numRuns: 500 },
    );
  });

  it("only reads or refuses with a line and column, for random UTF-16 text", () => {
    const utf16 = fc.string({ unit: "binary", maxLength: 60 }).map((s) => {
      const units = [...s].flatMap((c) => [...c].map((_, i) => c.charCodeAt(i)));
      return new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    });
    fc.assert(fc.property(utf16, (bytes) => ["read", "refused"].includes(outcome(bytes))));
  });
});
