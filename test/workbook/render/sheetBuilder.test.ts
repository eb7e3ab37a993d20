import fc from "fast-check";
import type { Cell } from "../../../src/workbook/description/types";
import { rowOrder, SheetBuilder } from "../../../src/workbook/render/sheetBuilder";

/** The rule: the last cell put at each address, in row-then-column order. */
function byRule(cells: readonly Cell[]): Cell[] {
  const last = new Map<string, Cell>();
  for (const c of cells) last.set(`${c.row}:${c.col}`, c);
  return [...last.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

const print = { header: { left: "", center: "", right: "" }, footer: { left: "", center: "", right: "" } };

describe("rowOrder", () => {
  it("gives the last cell put at each address, in row-then-column order", () => {
    const cell = fc.record({ row: fc.nat(30), col: fc.nat(12), value: fc.nat(1000) });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 200 }), (cells) => {
        const ordered = rowOrder(cells);
        expect(ordered).toEqual(byRule(cells));
        expect(ordered.every((c, i) => c === byRule(cells)[i])).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps cells put in order as they are", () => {
    const cells: Cell[] = [
      { row: 0, col: 0, value: "a" },
      { row: 0, col: 3, value: 1 },
      { row: 2, col: 1, value: 2 },
    ];
    expect(rowOrder(cells)).toEqual(cells);
  });
});

describe("SheetBuilder", () => {
  it("builds the last cell put at an address, a whole cell or one put by parts alike", () => {
    const sheet = new SheetBuilder("Blad", print);
    sheet.put(1, 1, { value: 1, numberFormat: "#,##0" });
    sheet.cell({ row: 1, col: 1, value: 2, numberFormat: "#,##0" });
    sheet.text(0, 1, "Belopp", "heading");
    sheet.put(0, 0, { value: "Part" });
    expect(sheet.build().cells).toEqual([
      { row: 0, col: 0, value: "Part" },
      { row: 0, col: 1, value: "Belopp", style: "heading" },
      { row: 1, col: 1, value: 2, numberFormat: "#,##0" },
    ]);
  });

  it("aligns right the cell last put at an address, and nothing where there is none", () => {
    const sheet = new SheetBuilder("Blad", print);
    sheet.text(0, 0, "Gammal");
    sheet.text(0, 0, "Ny");
    sheet.alignRight(0, 0);
    sheet.alignRight(3, 3);
    expect(sheet.build().cells).toEqual([{ row: 0, col: 0, value: "Ny", alignRight: true }]);
  });

  it("gives every cell the same fields in the same order, whatever it holds, and alignment only where set", () => {
    const sheet = new SheetBuilder("Blad", print);
    sheet.text(0, 0, "Part", "heading");
    sheet.put(1, 0, { value: "Östersund" });
    sheet.cell({ row: 1, col: 1, formula: "=B3*2", result: 4, numberFormat: "#,##0", style: "total" });
    sheet.put(1, 2, { value: true });
    sheet.put(1, 3, { numberFormat: "0%", value: 0.5 });
    sheet.text(2, 0, "Höger");
    sheet.alignRight(2, 0);
    const cells = sheet.build().cells;
    const fields = ["row", "col", "value", "formula", "result", "numberFormat", "style"];
    expect(cells.slice(0, -1).map((c) => Object.keys(c))).toEqual(cells.slice(0, -1).map(() => fields));
    expect(Object.keys(cells.at(-1) as Cell)).toEqual([...fields, "wrap", "alignRight", "alignTop"]);
    expect(cells.at(-1)).toEqual({ row: 2, col: 0, value: "Höger", alignRight: true });
  });
});
