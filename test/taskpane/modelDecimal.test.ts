import fc from "fast-check";
import { modelDecimal } from "../../src/taskpane/modelDecimal";

describe("modelDecimal", () => {
  it.each([
    ["5 146", "5146"],
    ["12,5", "12.5"],
    ["1,032", "1.032"],
    ["103,2 %", "103.2%"],
    ["64\u00a0979", "64979"],
    ["sju tusen", "sju tusen"],
    ["1,5,2", "1,5,2"],
    ["  ", ""],
  ])("stores %j as %j", (typed, stored) => {
    expect(modelDecimal(typed)).toBe(stored);
  });

  it("reads back any decimal written the Swedish way, with spaces between thousands", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.nat({ max: 999_999 }), (whole, fraction) => {
        const decimal = `${whole}.${fraction}`;
        const swedish = `${whole.toString().replace(/\B(?=(\d{3})+$)/g, "\u00a0")},${fraction}`;
        expect(modelDecimal(swedish)).toBe(decimal);
      }),
    );
  });
});
