import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { evaluateScenarios } from "../../../src/engine";
import { readModelFile } from "../../../src/cli/readModelFile";
import type { SheetSpec } from "../../../src/workbook/description/types";
import { columnPixels, fontOf, printableWidth } from "../../../src/workbook/render/printLayout";
import { renderWorkbook } from "../../../src/workbook/render/renderWorkbook";
import { statementSheets } from "../../../src/workbook/render/statementSheets";
import { BOLD, REGULAR } from "../../../src/workbook/render/fontWidths";
import { shownText, swedishNumber, textPixels } from "../../../src/workbook/render/textWidth";
import { EXAMPLES } from "../../helpers/cli";

const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith(".json"));
const evaluations = examples.map((f) => evaluateScenarios(readModelFile(path.join(EXAMPLES, f))));
const sheets: SheetSpec[] = evaluations.flatMap((e) => [
  ...renderWorkbook(e).sheets,
  ...statementSheets(e, { scenario: null, language: "sv", sheetName: (p) => p.name }).statements.map(
    (s) => s.sheet,
  ),
]);
const widthPixels = (characters: number) => characters * 7 + 5;

describe("swedishNumber", () => {
  it("shows amounts, exact amounts and percentages the Swedish way", () => {
    expect([
      swedishNumber(1234567, '#,##0 "kr"'),
      swedishNumber(-12.5, "#,##0.00"),
      swedishNumber(-0.123, "0.0%"),
      swedishNumber(5146, "#,##0.######"),
      swedishNumber(0.5, "#,##0.######"),
    ]).toEqual(["1\u00a0234\u00a0567\u00a0kr", "−12,50", "−12,3\u00a0%", "5\u00a0146", "0,5"]);
  });

  it("groups and signs whole numbers as Intl does for sv-SE", () => {
    const swedish = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 });
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        (n) => swedishNumber(n, "#,##0") === swedish.format(n),
      ),
    );
  });

  it("shows fixed decimals as Intl does for sv-SE", () => {
    const swedish = new Intl.NumberFormat("sv-SE", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    fc.assert(
      fc.property(
        fc.integer({ min: -1e11, max: 1e11 }),
        (n) => swedishNumber(n / 100, "#,##0.00") === swedish.format(n / 100),
      ),
    );
  });
});

describe("swedishNumber against its rule", () => {
  // the rule as regular expressions, as the function was first written
  function rule(value: number, format: string): string {
    const percent = format.includes("%");
    const decimals = /\.(0*)(#*)/.exec(format);
    const fixed = decimals?.[1]?.length ?? 0;
    const optional = decimals?.[2]?.length ?? 0;
    const unit = /"([^"]*)"/.exec(format)?.[1];
    const shown = percent ? value * 100 : value;
    let text = Math.abs(shown).toFixed(fixed + optional);
    if (optional > 0) text = text.replace(new RegExp(`0{0,${optional}}$`), "").replace(/\.$/, "");
    const [whole = "0", fraction] = text.split(".");
    const digits = format.includes(",") ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0") : whole;
    const sign = shown < 0 && /[1-9]/.test(text) ? "−" : "";
    return `${sign}${digits}${fraction === undefined ? "" : `,${fraction}`}${percent ? "\u00a0%" : ""}${unit === undefined ? "" : `\u00a0${unit}`}`;
  }

  it("shows every number in every format as the rule does", () => {
    const formats = [
      '#,##0 "kr"',
      "#,##0.00",
      "0.0%",
      "#,##0.######",
      "0",
      "0.00%",
      "0.0#",
      '#,##0.00 "tkr"',
    ];
    const values = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.double({ min: -1e7, max: 1e7 }),
      fc.constantFrom(1e21, 1e30, -1e300, NaN, Infinity, -0, 0.5, 5e-7),
    );
    fc.assert(
      fc.property(values, fc.constantFrom(...formats), (value, format) => {
        expect(swedishNumber(value, format)).toBe(rule(value, format));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("textPixels against its rule", () => {
  it("adds up each character's width from the font's table, by code point, a missing one as wide as M", () => {
    const rule = (text: string, font: { bold?: boolean; points?: number }) => {
      const table = font.bold === true ? BOLD : REGULAR;
      let thousandths = 0;
      for (const c of text) thousandths += table[c] ?? 860;
      return (thousandths / 1000) * (font.points ?? 11) * (96 / 72);
    };
    const fonts = fc.constantFrom({}, { bold: true }, { bold: true, points: 14 });
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.string()),
        fonts,
        (text, font) => {
          expect(textPixels(text, font)).toBe(rule(text, font));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("the layout of every example's sheets", () => {
  it("makes every column at least as wide as each number it holds, in Swedish format", () => {
    const tooNarrow = sheets.flatMap((sheet) =>
      sheet.cells
        .filter((c) => c.numberFormat !== undefined && (c.formula === undefined || c.result !== undefined))
        .filter(
          (c) =>
            textPixels(
              shownText(c, () => 0),
              fontOf(c),
            ) +
              5 >
            widthPixels(sheet.widths[c.col] ?? 0),
        )
        .map((c) => `${sheet.name}!${c.row}:${c.col}`),
    );
    expect(tooNarrow).toEqual([]);
  });

  it("never cuts a word of a table heading", () => {
    const cut = sheets.flatMap((sheet) =>
      sheet.tables.flatMap((t) =>
        t.columns
          .map((heading, i) => ({ heading, col: t.col + i }))
          .filter(({ heading, col }) =>
            heading
              .split(" ")
              .some((w) => textPixels(w, { bold: true }) + 5 > widthPixels(sheet.widths[col] ?? 0)),
          )
          .map(({ heading }) => `${sheet.name}: ${heading}`),
      ),
    );
    expect(cut).toEqual([]);
  });

  it("aligns the table headings over numbers right, and no other", () => {
    const summering = sheets.find((s) => s.name === "Summering") as SheetSpec;
    const row = summering.tables[0]?.row ?? -1;
    const headings = summering.cells.filter((c) => c.row === row);
    expect(headings.map((c) => [c.value, c.alignRight === true])).toEqual(
      headings.map((c) => [c.value, c.col > 0]),
    );
  });

  it("prints every sheet on A4 one page wide with a header and a footer", () => {
    expect(
      sheets
        .filter((s) => s.page === undefined || s.page.header.left === "" || s.page.footer.right === "")
        .map((s) => s.name),
    ).toEqual([]);
  });

  it("prints each statement in portrait on one page, its text at 9 points or more", () => {
    const statements = sheets.filter((s) => s.page?.fitToHeight === 1);
    const scales = statements.map((s) => Math.min(1, printableWidth("portrait") / columnPixels(s.widths)));
    expect([statements.length > 0, statements.every((s) => s.page?.orientation === "portrait")]).toEqual([
      true,
      true,
    ]);
    expect(Math.min(...scales) * 11).toBeGreaterThanOrEqual(9);
  });

  it("merges and wraps a note longer than the sheet is wide, and makes its row tall enough", () => {
    const turism = evaluations[examples.indexOf("turism.json")] ?? [];
    const fordelning = renderWorkbook(turism).sheets[1] as SheetSpec;
    const note = fordelning.cells.find((c) => c.row === 2 && c.col === 0);
    expect([
      note?.wrap,
      fordelning.merges?.some((m) => m.row === 2 && m.col === 0 && m.cols === fordelning.page?.columns),
      (fordelning.rowHeights?.find((h) => h.row === 2)?.points ?? 0) >= 30,
    ]).toEqual([true, true, true]);
  });

  it("starts the value axis of the totals chart at zero", () => {
    const scenarier = sheets.find((s) => s.name === "Scenarier") as SheetSpec;
    expect(scenarier.charts.map((c) => c.fromZero)).toEqual([true]);
  });
});
