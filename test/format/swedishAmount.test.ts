import fc from "fast-check";
import { decimalComma, signedAmount, swedishAmount } from "../../src/format/swedishAmount";
import { modelDecimal } from "../../src/taskpane/modelDecimal";

describe("amounts written the Swedish way", () => {
  it("puts no-break spaces between thousands and a decimal comma", () => {
    expect(swedishAmount("-1234567.50")).toBe("-1\u00a0234\u00a0567,50");
  });

  it("shows an increase with a plus sign", () => {
    expect(signedAmount("94600")).toBe("+94\u00a0600");
  });

  it("shows a decrease with the typographic minus sign", () => {
    expect(signedAmount("-253200.50")).toBe("\u2212253\u00a0200,50");
  });

  it("shows no sign on zero, however it is written", () => {
    expect(["0", "0.00", "-0.00"].map(signedAmount)).toEqual(["0", "0,00", "0,00"]);
  });

  it("groups what a decimal is, and leaves anything else as it was", () => {
    // the rule as a regular expression: an optional minus, digits, and optionally a point and digits
    const rule = (text: string) => {
      const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
      if (!match) return text;
      const [, sign = "", whole = "", fraction] = match;
      return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, "\u00a0")}${fraction === undefined ? "" : `,${fraction}`}`;
    };
    const decimalLike = fc
      .array(fc.constantFrom("0", "1", "5", "9", "-", ".", " ", "a", "\u0660", "+"), { maxLength: 14 })
      .map((chars) => chars.join(""));
    fc.assert(
      fc.property(fc.oneof(decimalLike, fc.string(), fc.bigInt().map(String)), (text) => {
        expect(swedishAmount(text)).toBe(rule(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("gives back a missing value as it was (a message's parameter that is not there)", () => {
    expect(swedishAmount(undefined as unknown as string)).toBeUndefined();
  });

  it("keeps every digit: removing the signs and spaces gives the decimal back", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (n) => {
        const decimal = n.toString();
        const back = signedAmount(decimal)
          .replace(/\u00a0/g, "")
          .replace("+", "")
          .replace("\u2212", "-");
        expect(back).toBe(decimal);
      }),
    );
  });
});

describe("the decimal comma", () => {
  it("replaces the decimal point and nothing else", () => {
    expect([decimalComma("1.032"), decimalComma("103.2%"), decimalComma("5146")]).toEqual([
      "1,032",
      "103,2%",
      "5146",
    ]);
  });

  it("is read back by modelDecimal as the decimal it came from", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.nat({ max: 9999 }),
        (whole, fraction) => {
          const decimal = `${whole}.${fraction}`;
          expect(modelDecimal(decimalComma(decimal))).toBe(decimal);
        },
      ),
    );
  });
});
