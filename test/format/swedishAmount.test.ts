import fc from "fast-check";
import { signedAmount, swedishAmount } from "../../src/format/swedishAmount";

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
