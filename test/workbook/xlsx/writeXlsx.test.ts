import ExcelJS from "exceljs";
import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import { parseStringPromise } from "xml2js";
import type { Cell, SheetSpec, WorkbookSpec } from "../../../src/workbook/description/types";
import { nodeDeflater } from "../../../src/cli/writeWorkbookFile";
import { writeXlsx } from "../../../src/workbook/xlsx/writeXlsx";

// The writer writes SpreadsheetML by hand; ExcelJS, an independent reader,
// reads every file back here, and LibreOffice recalculates whole workbooks
// in test/workbook/xlsxRecalculated.test.ts.

function sheet(fields: Partial<SheetSpec> & { name: string }): SheetSpec {
  return { cells: [], widths: [], tables: [], redWhenNonZero: [], charts: [], ...fields };
}

async function read(spec: WorkbookSpec): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeXlsx(spec)) as unknown as ArrayBuffer);
  return workbook;
}

async function parts(spec: WorkbookSpec): Promise<Record<string, string>> {
  const files = unzipSync(await writeXlsx(spec));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

const cells: Cell[] = [
  { row: 0, col: 0, value: "Fördelning", style: "title" },
  { row: 1, col: 0, value: "Not", style: "note" },
  { row: 2, col: 0, value: 1234.5, numberFormat: "#,##0.00" },
  { row: 2, col: 1, value: true },
  { row: 2, col: 2, formula: "=ROUND(A3*2,0)", result: 2469, numberFormat: "#,##0", style: "total" },
  { row: 2, col: 3, formula: "=A3+1" },
  { row: 3, col: 0, value: "Kontroll", style: "check" },
  { row: 3, col: 1, value: 0, numberFormat: '0;[Red]-0;"–"' },
];
const basic: WorkbookSpec = {
  sheets: [
    sheet({
      name: "Blad ett",
      cells,
      widths: [30, 12.5],
      freezeRows: 3,
      redWhenNonZero: [{ row: 3, col: 1 }],
    }),
    sheet({
      name: "Utskrift",
      cells: [
        { row: 0, col: 0, value: "Underlag" },
        { row: 1, col: 0, value: "En lång anteckning", style: "note", wrap: true, alignTop: true },
        { row: 3, col: 1, value: "Belopp", style: "heading", alignRight: true },
      ],
      widths: [20, 14, 14],
      merges: [{ row: 1, col: 0, cols: 3 }],
      rowHeights: [{ row: 1, points: 30 }],
      page: {
        orientation: "landscape",
        fitToHeight: 1,
        columns: 3,
        rows: 40,
        titleRows: { first: 3, last: 3 },
        breaksBefore: [20],
        margins: { left: 0.6, right: 0.6, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
        header: { left: "Modell A && B", center: "", right: "Underlag" },
        footer: { left: "Utskrivet &D", center: "", right: "Sida &P av &N" },
      },
    }),
  ],
};

describe("the .xlsx writer, read back by ExcelJS", () => {
  it("writes constants, booleans and formulas with the engine's results cached", async () => {
    const ws = (await read(basic)).getWorksheet("Blad ett")!;
    expect([ws.getCell("A1").value, ws.getCell("A3").value, ws.getCell("B3").value]).toEqual([
      "Fördelning",
      1234.5,
      true,
    ]);
    expect(ws.getCell("C3").value).toEqual({ formula: "ROUND(A3*2,0)", result: 2469 });
    expect(ws.getCell("D3").formula).toBe("A3+1");
  });

  it("gives each cell style its font and border, and each cell its number format", async () => {
    const ws = (await read(basic)).getWorksheet("Blad ett")!;
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14, name: "Calibri" });
    expect(ws.getCell("A2").font).toMatchObject({ italic: true, color: { argb: "FF605E5C" } });
    expect(ws.getCell("C3").font).toMatchObject({ bold: true });
    expect(ws.getCell("C3").border.top).toMatchObject({ style: "thin" });
    expect(ws.getCell("A4").font).toMatchObject({ bold: true });
    expect([ws.getCell("A3").numFmt, ws.getCell("C3").numFmt, ws.getCell("B4").numFmt]).toEqual([
      "#,##0.00",
      "#,##0",
      '0;[Red]-0;"–"',
    ]);
    expect(ws.getCell("B3").font?.bold).toBeUndefined();
  });

  it("sets column widths, frozen rows and the red check cells", async () => {
    const ws = (await read(basic)).getWorksheet("Blad ett")!;
    expect([ws.getColumn(1).width, ws.getColumn(2).width]).toEqual([30, 12.5]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    // ExcelJS reads conditional formats into a field its types do not declare
    const [red] = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    expect(red?.ref).toBe("B4");
    expect(red?.rules[0]).toMatchObject({ type: "expression", formulae: ["$B$4<>0"] });
    expect(red?.rules[0]?.style?.fill).toMatchObject({ pattern: "solid", bgColor: { argb: "FFFFC7CE" } });
  });

  it("sets a sheet up for A4 as its description says: orientation, one page wide, pages tall, margins", async () => {
    const ws = (await read(basic)).getWorksheet("Utskrift")!;
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
      margins: { left: 0.6, right: 0.6, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    });
    expect((await read(basic)).getWorksheet("Blad ett")!.pageSetup.fitToPage).toBeFalsy();
  });

  it("writes the header and footer in Excel's codes", async () => {
    const ws = (await read(basic)).getWorksheet("Utskrift")!;
    expect([ws.headerFooter.oddHeader, ws.headerFooter.oddFooter]).toEqual([
      "&LModell A && B&C&RUnderlag",
      "&LUtskrivet &D&C&RSida &P av &N",
    ]);
  });

  it("names the print area and the print titles, and breaks the page before the row asked for", async () => {
    const xml = await parts(basic);
    expect(xml["xl/workbook.xml"]).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="1">Utskrift!$A$1:$C$40</definedName>` +
        `<definedName name="_xlnm.Print_Titles" localSheetId="1">Utskrift!$4:$4</definedName>`,
    );
    expect(xml["xl/worksheets/sheet2.xml"]).toContain(
      `<rowBreaks count="1" manualBreakCount="1"><brk id="20" max="16383" man="1"/></rowBreaks>`,
    );
  });

  it("merges cells, sets row heights and wraps and aligns text", async () => {
    const ws = (await read(basic)).getWorksheet("Utskrift")!;
    expect([
      ws.getCell("C2").isMerged,
      ws.getRow(2).height,
      ws.getCell("A2").alignment,
      ws.getCell("B4").alignment,
    ]).toEqual([true, 30, { vertical: "top", wrapText: true }, { horizontal: "right" }]);
  });

  it("writes a table over its header row and data rows, with the column names in the header cells", async () => {
    const spec: WorkbookSpec = {
      sheets: [
        sheet({
          name: "T",
          cells: [
            { row: 1, col: 1, value: "ignored", style: "heading" },
            { row: 2, col: 1, value: "Staten" },
            { row: 2, col: 2, value: 5 },
            { row: 3, col: 1, value: "Region" },
          ],
          tables: [{ name: "Parter", row: 1, col: 1, rows: 2, columns: ["Part", "Belopp & <kr>"] }],
        }),
      ],
    };
    const ws = (await read(spec)).getWorksheet("T")!;
    expect([ws.getCell("B2").value, ws.getCell("C2").value, ws.getCell("B3").value]).toEqual([
      "Part",
      "Belopp & <kr>",
      "Staten",
    ]);
    expect(ws.getCell("B2").font).toMatchObject({ bold: true });
    const xml = (await parts(spec))["xl/tables/table1.xml"] ?? "";
    expect(xml).toContain(`name="Parter" displayName="Parter" ref="B2:C4"`);
    expect(xml).toContain(`<tableColumn id="2" name="Belopp &amp; &lt;kr&gt;"/>`);
    expect(xml).toContain(`name="TableStyleLight9"`);
    expect(xml).toContain(`showRowStripes="1"`);
  });

  it("writes cells given out of order, the later of two at one address winning", async () => {
    const spec = {
      sheets: [
        sheet({
          name: "S",
          cells: [
            { row: 2, col: 0, value: "sist" },
            { row: 0, col: 1, value: "först" },
            { row: 0, col: 1, value: "igen" },
            { row: 0, col: 0, value: 1 },
          ],
        }),
      ],
    };
    const ws = (await read(spec)).getWorksheet("S")!;
    expect([ws.getCell("A1").value, ws.getCell("B1").value, ws.getCell("A3").value]).toEqual([
      1,
      "igen",
      "sist",
    ]);
  });

  it("puts the column names in a table's header cells when the description already holds them in order", async () => {
    const spec = {
      sheets: [
        sheet({
          name: "S",
          cells: [
            { row: 0, col: 0, value: "a", style: "heading" as const },
            { row: 0, col: 1, value: "b", style: "heading" as const },
            { row: 1, col: 0, value: 1 },
          ],
          tables: [{ name: "T", row: 0, col: 0, rows: 1, columns: ["A", "B"] }],
        }),
      ],
    };
    const ws = (await read(spec)).getWorksheet("S")!;
    expect([ws.getCell("A1").value, ws.getCell("B1").value, ws.getCell("A2").value]).toEqual(["A", "B", 1]);
    expect(ws.getCell("B1").font).toMatchObject({ bold: true });
  });

  it("writes the same sheet from cells in order as from the same cells in any order, tables' header cells included", async () => {
    // cells in order take a shorter way (header cells found by halving); any other order sorts them
    const placed = fc
      .uniqueArray(fc.record({ row: fc.nat(12), col: fc.nat(6) }), {
        selector: (p) => p.row * 100 + p.col,
        minLength: 1,
        maxLength: 40,
      })
      .map((places) =>
        places.map((p, i): Cell => ({ ...p, value: `v${i}`, ...(i % 3 === 0 ? { style: "heading" } : {}) })),
      );
    await fc.assert(
      fc.asyncProperty(placed, fc.integer({ min: 1, max: 3 }), async (cells, seed) => {
        const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
        // a table over the first cell and the one right of it if there is one, so its header cells are all present
        const first = sorted[0]!;
        const next = sorted.find((c) => c.row === first.row && c.col === first.col + 1);
        const tables = [
          { name: "T", row: first.row, col: first.col, rows: 1, columns: next ? ["A", "B"] : ["A"] },
        ];
        const shuffled = [...cells].sort(
          (a, b) => ((a.col * 7 + a.row * seed) % 5) - ((b.col * 7 + b.row * seed) % 5),
        );
        const inOrder = await parts({ sheets: [sheet({ name: "S", cells: sorted, tables })] });
        const anyOrder = await parts({ sheets: [sheet({ name: "S", cells: shuffled, tables })] });
        expect(inOrder["xl/worksheets/sheet1.xml"]).toBe(anyOrder["xl/worksheets/sheet1.xml"]);
        expect(inOrder["xl/sharedStrings.xml"]).toContain('<t xml:space="preserve">A</t>');
      }),
      { numRuns: 60 },
    );
  });

  it("numbers tables across the workbook and links each to its sheet", async () => {
    const table = (name: string) => ({ name, row: 0, col: 0, rows: 1, columns: ["A"] });
    const files = await parts({
      sheets: [sheet({ name: "S1", tables: [table("T1")] }), sheet({ name: "S2", tables: [table("T2")] })],
    });
    expect(files["xl/tables/table2.xml"]).toContain(`id="2" name="T2"`);
    expect(files["xl/worksheets/_rels/sheet2.xml.rels"]).toContain(`Target="../tables/table2.xml"`);
    expect(files["[Content_Types].xml"]).toContain(`PartName="/xl/tables/table2.xml"`);
  });

  it("draws each sheet's charts in a drawing the sheet points to", async () => {
    const chart = {
      title: "Jämförelse",
      row: 0,
      col: 0,
      rows: 3,
      cols: 2,
      at: { row: 5, col: 0, rows: 10, cols: 6 },
    };
    const files = await parts({
      sheets: [sheet({ name: "Ingen" }), sheet({ name: "Med diagram", charts: [chart, chart] })],
    });
    expect(Object.keys(files).filter((f) => f.startsWith("xl/charts/"))).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
    ]);
    expect(files["xl/worksheets/sheet2.xml"]).toContain(`<drawing r:id="rIdDrawing"/>`);
    expect(files["xl/worksheets/_rels/sheet2.xml.rels"]).toContain(`Target="../drawings/drawing1.xml"`);
    expect(files["xl/drawings/_rels/drawing1.xml.rels"]).toContain(`Target="../charts/chart2.xml"`);
    expect(files["[Content_Types].xml"]).toContain(`PartName="/xl/charts/chart2.xml"`);
    expect(files["xl/worksheets/sheet1.xml"]).not.toContain("<drawing");
  });

  it("asks for a full recalculation on opening, and names Fördela as the creator", async () => {
    const files = await parts(basic);
    expect(files["xl/workbook.xml"]).toContain(`fullCalcOnLoad="1"`);
    expect((await read(basic)).creator).toBe("Fördela");
  });

  it("writes only well-formed XML parts", async () => {
    const files = await parts({
      sheets: [
        ...basic.sheets,
        sheet({
          name: "Allt & <mer>",
          tables: [{ name: "T", row: 0, col: 0, rows: 1, columns: ['"x"'] }],
          charts: [
            { title: "A & B", row: 0, col: 0, rows: 2, cols: 2, at: { row: 3, col: 0, rows: 5, cols: 5 } },
          ],
        }),
      ],
    });
    for (const [name, xml] of Object.entries(files))
      await expect(parseStringPromise(xml).then(() => name)).resolves.toBe(name);
  });

  it("keeps every text as it was, XML's special and forbidden characters included", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: "binary", minLength: 1 }), { minLength: 1, maxLength: 8 }),
        async (texts) => {
          const spec = {
            sheets: [sheet({ name: "S", cells: texts.map((value, row) => ({ row, col: 0, value })) })],
          };
          const ws = (await read(spec)).getWorksheet("S")!;
          expect(texts.map((_, row) => ws.getCell(row + 1, 1).value)).toEqual(texts);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("keeps every number as it was", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 8 }),
        async (numbers) => {
          const spec = {
            sheets: [sheet({ name: "S", cells: numbers.map((value, row) => ({ row, col: 0, value })) })],
          };
          const ws = (await read(spec)).getWorksheet("S")!;
          expect(numbers.map((_, row) => ws.getCell(row + 1, 1).value)).toEqual(
            numbers.map((n) => (Object.is(n, -0) ? 0 : n)),
          );
        },
      ),
      { numRuns: 40 },
    );
  });
  it("writes a sheet far larger than one piece of the compressor whole, multi-byte text across pieces included", async () => {
    // 30 000 cells are some 30 times the 64 K characters the writer hands to fflate at a time
    const texts = Array.from({ length: 10_000 }, (_, i) => `Östersund ${i} – “${"å".repeat(i % 7)}”`);
    const cells = texts.flatMap((value, row): Cell[] => [
      { row, col: 0, value },
      { row, col: 1, value: row * 1.5 },
      { row, col: 2, formula: `=B${row + 1}*2`, result: row * 3 },
    ]);
    const ws = (await read({ sheets: [sheet({ name: "Stor", cells })] })).getWorksheet("Stor")!;
    expect(texts.map((_, row) => ws.getCell(row + 1, 1).value)).toEqual(texts);
    expect(texts.map((_, row) => ws.getCell(row + 1, 2).value)).toEqual(texts.map((_, row) => row * 1.5));
    expect(ws.getCell(10_000, 3).value).toEqual({ formula: "B10000*2", result: 29_997 });
  });

  it("writes each row once and in order, with its height, rows that only have a height included", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ row: fc.nat(30), col: fc.nat(5) }), { maxLength: 20 }),
        fc.array(fc.record({ row: fc.nat(30), points: fc.integer({ min: 16, max: 60 }) }), { maxLength: 8 }),
        async (places, rowHeights) => {
          const cells = places.map((p, i) => ({ ...p, value: i }));
          const files = await parts({ sheets: [sheet({ name: "S", cells, rowHeights })] });
          const rows = [
            ...(files["xl/worksheets/sheet1.xml"] ?? "").matchAll(/<row r="(\d+)"( ht="(\d+)")?/g),
          ];
          const numbers = rows.map((m) => Number(m[1]) - 1);
          const wanted = [...new Set([...places.map((p) => p.row), ...rowHeights.map((h) => h.row)])];
          expect(numbers).toEqual(wanted.sort((a, b) => a - b));
          const heights = new Map(rowHeights.map((h) => [h.row, h.points]));
          expect(rows.map((m) => (m[3] === undefined ? undefined : Number(m[3])))).toEqual(
            numbers.map((row) => heights.get(row)),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
  it("writes the same parts with a deflater of its own (Node's zlib, as the command line does), readable by ExcelJS", async () => {
    const deflate = nodeDeflater;
    const spec = { sheets: [...basic.sheets, sheet({ name: "Tom" })] };
    const own = unzipSync(await writeXlsx(spec, { deflate }));
    const fflates = unzipSync(await writeXlsx(spec));
    delete own["docProps/core.xml"];
    delete fflates["docProps/core.xml"];
    expect(own).toEqual(fflates);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeXlsx(spec, { deflate })) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet("Blad ett")!.getCell("C3").value).toEqual({
      formula: "ROUND(A3*2,0)",
      result: 2469,
    });
  });
});
