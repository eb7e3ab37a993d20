import fc from "fast-check";
import { JsonNumber, parseDecimal } from "../../../src/engine";
import { plainWhole } from "../../../src/engine/exact/parseDecimal";

describe("plainWhole", () => {
  it("reads a plain whole number as parseDecimal does, over 1", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.boolean(), (n, asJson) => {
        const text = n.toString();
        const read = plainWhole(asJson ? new JsonNumber(text) : text);
        const general = parseDecimal(text, "p");
        expect(read?.num).toBe(general.num);
        expect(read?.den).toBe(general.den);
      }),
    );
  });

  it.each(["25.5", "-3", "1e6", "0123", " 12", "1234567890123456", "", "sju", "+4"])(
    "leaves %p to the general reading",
    (text) => {
      expect(plainWhole(text)).toBeUndefined();
    },
  );

  it("leaves a JavaScript number to the general reading", () => {
    expect(plainWhole(5146)).toBeUndefined();
  });
});
