import fc from "fast-check";
import { decimalFromText, Rational } from "../../src/engine";
import { FunctionError, SPLIT } from "../../src/functions";
import { wordsFor } from "../../src/functions/messages";
import { readValue } from "../../src/functions/readValue";

const words = wordsFor("sv");
const AT = { argument: "keys" } as const;

describe("readValue: a cell read exactly as the user typed it", () => {
  it("reads any number typed with up to 15 significant digits as exactly that decimal", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }),
        fc.integer({ min: 0, max: 20 }),
        (digits, scale) => {
          const cell = Number(`${digits}e-${scale}`);
          expect(readValue(cell, AT, words).equals(Rational.of(digits, 10n ** BigInt(scale)))).toBe(true);
        },
      ),
    );
  });

  it("reads the sum of two such numbers as the sum Excel shows, to 15 significant digits", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 }), (a, b) => {
        const cell = a / 100 + b / 100; // =0,01·a + 0,01·b, as a double
        expect(readValue(cell, AT, words).equals(Rational.of(BigInt(a + b), 100n))).toBe(true);
      }),
    );
  });

  it("reads a decimal typed as text with a comma or a point, with spaces between thousands, alike", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.integer({ min: 0, max: 6 }),
        (digits, scale) => {
          const text = digits.toString().padStart(scale + 1, "0");
          const whole = text.slice(0, text.length - scale);
          const fraction = text.slice(text.length - scale);
          const grouped = whole.replace(/\B(?=(\d{3})+$)/g, "\u00a0");
          const exact = Rational.of(digits, 10n ** BigInt(scale));
          const typed =
            scale === 0
              ? [whole, grouped]
              : [`${whole},${fraction}`, `${whole}.${fraction}`, `${grouped},${fraction}`];
          expect(typed.map((t) => readValue(t, AT, words).equals(exact))).toEqual(typed.map(() => true));
        },
      ),
    );
  });

  it("refuses anything else with a FunctionError naming the place, never another error", () => {
    const cell = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom("1", "2", ",", ".", "/", "%", "-", " ", "e", "0") }),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.object(),
    );
    fc.assert(
      fc.property(cell, (value) => {
        try {
          readValue(value, AT, words);
        } catch (error) {
          expect(error).toBeInstanceOf(FunctionError);
          expect((error as FunctionError).message.startsWith("nycklar: ")).toBe(true);
        }
      }),
    );
  });

  it("refuses an object whose toString is no function with a FunctionError, not a TypeError", () => {
    const value = JSON.parse('{"toString":0}') as unknown;
    expect(() => readValue(value, AT, words)).toThrow(FunctionError);
    expect(() => readValue(value, AT, words)).toThrow(/^nycklar: /);
  });

  it("gives SPLIT's parts in öre as numbers whose shortest form is the exact amount", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 13 }),
        fc.array(fc.integer({ min: 1, max: 10 ** 6 }), { minLength: 1, maxLength: 8 }),
        (ore, keys) => {
          const parts = SPLIT(ore / 100, [keys], 0.01).flat();
          // each part's shortest form, read back exactly, is a whole number of öre, and they add up to the amount
          const inOre = parts.map((part) => decimalFromText(String(part))?.mul(Rational.of(100n)));
          expect(inOre.every((p) => p?.isInteger())).toBe(true);
          const total = inOre.reduce((sum, p) => sum + (p?.num ?? 0n), 0n);
          expect(total).toBe(BigInt(ore));
        },
      ),
    );
  });
});
