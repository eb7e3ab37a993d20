import fc from "fast-check";
import { xmlSafe } from "../../../src/workbook/description/xmlSafe";
import { escapeXml } from "../../../src/workbook/xlsx/xmlText";

// escapeXml returns a text with nothing to escape as it is (one scan, no
// copy); whatever the text, the result must be what escaping every
// character would give.

const REFERENCES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** Escaping done the long way: every character looked at, none skipped. */
function escapedOneByOne(text: string): string {
  return [...xmlSafe(text)].map((c) => REFERENCES[c] ?? c).join("");
}

/** Texts mixing formula-like ASCII with markup, controls, lone and paired surrogates, U+FFFE and U+FFFF. */
const texts = fc
  .array(
    fc.oneof(
      fc.constantFrom("=ROUND(D956+E956,0)", "Indata!$D$106", "Åre", "&", "<", ">", '"', "\t", "\n", "\r"),
      fc.constantFrom("\u0000", "\u0007", "\u001f", "\ud83d\ude00", "\ud83d", "\ude00", "\ufffe", "\uffff"),
      fc.string({ unit: "binary", maxLength: 6 }),
    ),
    { maxLength: 12 },
  )
  .map((pieces) => pieces.join(""));

describe("escapeXml", () => {
  it("gives what escaping every character gives, whether the text needs it or not", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(escapeXml(text)).toBe(escapedOneByOne(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("returns a text with nothing to escape unchanged, and escapes one that has", () => {
    expect(escapeXml("=ROUND(D956+E956,0)")).toBe("=ROUND(D956+E956,0)");
    expect(escapeXml("A1<>0")).toBe("A1&lt;&gt;0");
    expect(escapeXml("Staten\ud83d")).toBe("Staten");
  });
});
