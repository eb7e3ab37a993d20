import fc from "fast-check";
import { lineAmounts, modelDoc, refusal } from "../../helpers/models";

const indexed = (values: Record<string, unknown>, factor: unknown, fields: Record<string, unknown> = {}) =>
  modelDoc({
    keys: { fjol: { values } },
    lines: { x: { label: "X", split: { by: "fixed", amounts: { from: "fjol", factor } } } },
    ...fields,
  });

describe("fixed amounts indexed from last year (last year × index)", () => {
  it("multiplies last year's amounts by the factor", () => {
    expect(lineAmounts(indexed({ a: 1000, b: 2000, c: 500 }, "1.032"))).toEqual({
      a: "1032",
      b: "2064",
      c: "516",
    });
  });

  it("reads the factor as a percentage too", () => {
    expect(lineAmounts(indexed({ a: 1000, b: 2000, c: 500 }, "103.2%"))).toEqual({
      a: "1032",
      b: "2064",
      c: "516",
    });
  });

  it("accepts a percentage factor of 18 digits in lowest terms", () => {
    // 100.00000000000001 % is 1 + 1/10^16: numerator 17 digits, denominator 17.
    expect(lineAmounts(indexed({ a: 1000, b: 2000, c: 500 }, "100.00000000000001%"))).toEqual({
      a: "1000",
      b: "2000",
      c: "500",
    });
  });

  it("rounds the indexed total half up and splits it by largest remainder", () => {
    // 3 × 10 × 1.05 = 31.5, rounded half up to 32; each exact 10.5, and the earliest party gets the extra unit
    expect(lineAmounts(indexed({ a: 10, b: 10, c: 10 }, "1.05"))).toEqual({ a: "11", b: "11", c: "10" });
  });

  it("rounds to the model's unit", () => {
    const doc = indexed({ a: 123_400, b: 56_700, c: 0 }, "1.032", { rounding: { unit: "100" } });
    // 180 100 × 1.032 = 185 863.2 → 185 900; exact 127 348.8 and 58 514.4
    expect(lineAmounts(doc)).toEqual({ a: "127400", b: "58500", c: "0" });
  });

  it("keeps each part within one unit of its share of the rounded total, adding up to that total", () => {
    const values = fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 3, maxLength: 3 });
    const factor = fc.integer({ min: 900, max: 1200 });
    fc.assert(
      fc.property(values, factor, (v, permille) => {
        const amounts = lineAmounts(indexed({ a: v[0], b: v[1], c: v[2] }, `${permille / 1000}`));
        const last = v.map((x) => BigInt(x));
        const lastSum = last.reduce((s, x) => s + x, 0n);
        // last year's sum × factor, rounded half up to the krona, in exact integers
        const total = (lastSum * BigInt(permille) + 500n) / 1000n;
        const parts = ["a", "b", "c"].map((p) => BigInt(amounts[p] ?? "x"));
        const sumOfParts = parts.reduce((s, p) => s + p, 0n);
        // quota: part × Σ lies between ⌊total × v⌋ and ⌈total × v⌉ (scaled by Σ)
        const withinQuota = parts.every((p, i) => {
          const exact = total * (last[i] ?? 0n);
          return lastSum === 0n ? p === 0n : p * lastSum > exact - lastSum && p * lastSum < exact + lastSum;
        });
        return sumOfParts === total && withinQuota;
      }),
      // rounding the total down moves b below its own 7 503 969 × 0.901 by more than one unit
      { examples: [[[247216, 7503969, 12], 901]] },
    );
  });

  it.each<[string, unknown, string, RegExp]>([
    [
      "a zero factor",
      { from: "fjol", factor: "0" },
      "lines.x.split.amounts.factor",
      /måste vara större än noll/,
    ],
    [
      "a factor that is not a number",
      { from: "fjol", factor: "PKV" },
      "lines.x.split.amounts.factor",
      /är inte ett tal/,
    ],
    [
      "a percentage factor of more than 40 digits written out (MODEL.md Limits)",
      { from: "fjol", factor: "1e-50%" },
      "lines.x.split.amounts.factor",
      /har fler än 40 siffror när det skrivs ut/,
    ],
    [
      "a percentage factor whose denominator has more than 18 digits in lowest terms (MODEL.md Limits)",
      { from: "fjol", factor: "100.0000000000000000001%" },
      "lines.x.split.amounts.factor",
      /procentsatsen "100.0000000000000000001%" har en täljare eller nämnare med fler än 18 siffror i enklaste form/,
    ],
    ["a missing factor", { from: "fjol" }, "lines.x.split.amounts.factor", /fältet saknas/],
    [
      "an unknown key",
      { from: "ifjol", factor: "1" },
      "lines.x.split.amounts.from",
      /det finns ingen nyckel "ifjol"/,
    ],
    [
      "an unknown field",
      { from: "fjol", factor: "1", round: "up" },
      "lines.x.split.amounts.round",
      /fältet är okänt/,
    ],
  ])("refuses %s", (_, amounts, path, reason) => {
    const error = refusal(
      modelDoc({
        keys: { fjol: { values: { a: 1, b: 1, c: 1 } } },
        lines: { x: { label: "X", split: { by: "fixed", amounts } } },
      }),
    );
    expect(error.path).toBe(path);
    expect(error.reason).toMatch(reason);
  });
});
