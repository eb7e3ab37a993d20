import fc from "fast-check";
import type { Cell } from "../../../src/workbook/description/types";
import { WidestNumbers } from "../../../src/workbook/render/widestNumbers";
import {
  swedishNumber,
  textPixels,
  widthGrowsWithSize,
  type Font,
} from "../../../src/workbook/render/textWidth";

const FORMATS = ['#,##0 "kr"', '#,##0.00 "kr"', "#,##0.00", "#,##0.0000", "0.0000%", "0.0%", "#,##0.######"];
const FONTS: readonly Font[] = [{}, { bold: true }, { bold: true, points: 14 }];

/** The rule: every number written out and measured, the widest kept. */
function widestByRule(numbers: readonly { value: number; format: string; font: Font }[]): number {
  return Math.max(0, ...numbers.map((n) => textPixels(swedishNumber(n.value, n.format), n.font)));
}

const values = fc.oneof(
  fc.double({ noNaN: true, min: -1e22, max: 1e22 }),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 1000),
  // eighths: numbers of one size with one, two or three decimals, where optional decimals print a smaller number wider
  fc.integer({ min: -80, max: 80 }).map((n) => n / 8),
  fc.constantFrom(0, -0, -0.004, 0.004, -0.00004, 999.995, -999.995, 1e21, -1e21),
);

describe("WidestNumbers", () => {
  it("finds a column's widest number as writing out and measuring each would", () => {
    // a few formats and fonts per run, so that each column's group holds many numbers
    const numbers = fc
      .tuple(fc.subarray(FORMATS, { minLength: 1, maxLength: 2 }), fc.subarray([...FONTS], { minLength: 1 }))
      .chain(([formats, fonts]) =>
        fc.array(
          fc.record({ value: values, format: fc.constantFrom(...formats), font: fc.constantFrom(...fonts) }),
          { minLength: 1, maxLength: 30 },
        ),
      );
    fc.assert(
      fc.property(numbers, (numbers) => {
        const widest = new WidestNumbers();
        const left = numbers.filter((n, row) => {
          const cell: Cell = { row, col: 2, value: n.value, numberFormat: n.format };
          return !widest.add(cell, n.font, () => 0);
        });
        expect(Math.max(widest.pixels(2), widestByRule(left))).toBe(widestByRule(numbers));
      }),
      { numRuns: 2000 },
    );
  });

  it("takes a formula's cached result, or its estimate when it has none", () => {
    const widest = new WidestNumbers();
    const taken = [
      widest.add({ row: 0, col: 0, formula: "=A2", result: 1234, numberFormat: "#,##0" }, {}, () => 0),
      widest.add({ row: 1, col: 0, formula: "=A3", numberFormat: "#,##0" }, {}, () => -98765),
    ];
    expect([taken, widest.pixels(0)]).toEqual([[true, true], textPixels(swedishNumber(-98765, "#,##0"))]);
  });

  it("leaves text, numbers without a format, optional decimals and exponents to be measured one by one", () => {
    const widest = new WidestNumbers();
    const cells: Cell[] = [
      { row: 0, col: 0, value: "text", numberFormat: "#,##0" },
      { row: 1, col: 0, value: 12.5 },
      { row: 2, col: 0, value: 12.5, numberFormat: "#,##0.######" },
      { row: 3, col: 0, value: 1e21, numberFormat: "#,##0" },
    ];
    expect([cells.map((c) => widest.add(c, {}, () => 0)), widest.pixels(0)]).toEqual([
      [false, false, false, false],
      0,
    ]);
  });

  it("says which formats print wider only with a larger number", () => {
    expect(FORMATS.map(widthGrowsWithSize)).toEqual([true, true, true, true, true, true, false]);
  });
});
