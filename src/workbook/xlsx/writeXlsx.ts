import ExcelJS from "exceljs";
import { cellAddress, rangeAddress } from "../description/address";
import type { Cell, CellStyle, SheetSpec, WorkbookSpec } from "../description/types";
import { addCharts } from "./addCharts";

type Style = Partial<ExcelJS.Style>;

const STYLES: Record<CellStyle, Style> = {
  title: { font: { bold: true, size: 14 } },
  heading: { font: { bold: true } },
  note: { font: { italic: true, color: { argb: "FF605E5C" } } },
  total: { font: { bold: true }, border: { top: { style: "thin" } } },
  check: { font: { bold: true } },
};

const RED_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } };

/** A description cell as ExcelJS holds it: a constant, or a formula with the engine's result cached. */
function cellValue(cell: Cell): ExcelJS.CellValue {
  if (cell.formula === undefined) return cell.value ?? null;
  const formula = cell.formula.replace(/^=/, "");
  return cell.result === undefined ? { formula } : { formula, result: cell.result };
}

function writeSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): void {
  const sheet = workbook.addWorksheet(spec.name, {
    ...(spec.freezeRows ? { views: [{ state: "frozen", ySplit: spec.freezeRows }] } : {}),
    // paper size 9 is A4; fit to one page wide, as many pages down as it takes
    ...(spec.printA4
      ? {
          pageSetup: {
            paperSize: 9,
            orientation: "portrait",
            fitToPage: true,
            fitToWidth: 1,
            fitToHeight: 0,
          },
        }
      : {}),
  });
  spec.widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  const byAddress = new Map(spec.cells.map((c) => [`${c.row}:${c.col}`, c]));
  const inTables = new Set<string>();
  for (const table of spec.tables) {
    const rows = Array.from({ length: table.rows }, (_, r) =>
      table.columns.map((_, c) => {
        const key = `${table.row + 1 + r}:${table.col + c}`;
        inTables.add(key);
        const cell = byAddress.get(key);
        return cell ? cellValue(cell) : null;
      }),
    );
    sheet.addTable({
      name: table.name,
      ref: cellAddress(table.row, table.col),
      headerRow: true,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns: table.columns.map((name) => ({ name, filterButton: true })),
      rows,
    });
  }
  for (const cell of spec.cells) {
    const target = sheet.getCell(cell.row + 1, cell.col + 1);
    if (!inTables.has(`${cell.row}:${cell.col}`)) target.value = cellValue(cell);
    if (cell.numberFormat !== undefined) target.numFmt = cell.numberFormat;
    if (cell.style !== undefined) Object.assign(target, STYLES[cell.style]);
  }
  for (const red of spec.redWhenNonZero) {
    sheet.addConditionalFormatting({
      ref: rangeAddress(red.row, red.col, 1, 1),
      rules: [
        {
          type: "expression",
          formulae: [`${cellAddress(red.row, red.col, true)}<>0`],
          priority: 1,
          style: { fill: RED_FILL, font: { color: { argb: "FF9C0006" } } },
        },
      ],
    });
  }
}

/**
 * Writes a workbook description to .xlsx bytes with ExcelJS: the same cells,
 * formulas (with the engine's results cached), number formats, tables,
 * column widths, red check cells and charts as the Office.js writer (charts
 * are added to the file afterwards, as ExcelJS cannot draw them).
 *
 * @example
 * await writeFile("fordela.xlsx", await writeXlsx(renderWorkbook(evaluations)));
 */
export async function writeXlsx(spec: WorkbookSpec): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Fördela";
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of spec.sheets) writeSheet(workbook, sheet);
  // Bytes, not a Node Buffer: the pane writes statements in a Web Worker, where there is no Buffer.
  return addCharts(new Uint8Array(await workbook.xlsx.writeBuffer()), spec);
}
