import { cellAddress, rangeAddress } from "../description/address";
import type { PageSetupSpec, SheetSpec } from "../description/types";

// How a sheet looks beyond its cells' values and how it prints, through Office.js: the same as the file writer's.

const POINTS_PER_INCH = 72;

/** Queues merged notes, wrapped and aligned text and taller rows (ExcelApi 1.2). */
export function arrangeSheet(sheet: Excel.Worksheet, spec: SheetSpec): void {
  for (const merge of spec.merges ?? [])
    sheet.getRange(rangeAddress(merge.row, merge.col, 1, merge.cols)).merge(false);
  for (const { row, points } of spec.rowHeights ?? []) {
    const format = sheet.getRange(`${row + 1}:${row + 1}`).format;
    format.rowHeight = points;
    format.verticalAlignment = "Top";
  }
  for (const cell of spec.cells) {
    if (cell.wrap !== true && cell.alignRight !== true) continue;
    const format = sheet.getRange(cellAddress(cell.row, cell.col)).format;
    if (cell.wrap === true) format.wrapText = true;
    if (cell.alignRight === true) format.horizontalAlignment = "Right";
  }
}

/**
 * Queues a sheet's page setup (ExcelApi 1.9): A4 in the orientation its
 * width asks for, one page wide, margins, print area and titles, header and
 * footer, and the page breaks.
 */
export function setUpPage(sheet: Excel.Worksheet, page: PageSetupSpec): void {
  const layout = sheet.pageLayout;
  layout.paperSize = "A4" as Excel.PaperType;
  layout.orientation = (page.orientation === "landscape" ? "Landscape" : "Portrait") as Excel.PageOrientation;
  // 0 pages tall leaves the height to Excel, as fitToHeight="0" does in a file.
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: page.fitToHeight };
  layout.leftMargin = page.margins.left * POINTS_PER_INCH;
  layout.rightMargin = page.margins.right * POINTS_PER_INCH;
  layout.topMargin = page.margins.top * POINTS_PER_INCH;
  layout.bottomMargin = page.margins.bottom * POINTS_PER_INCH;
  layout.headerMargin = page.margins.header * POINTS_PER_INCH;
  layout.footerMargin = page.margins.footer * POINTS_PER_INCH;
  layout.setPrintArea(rangeAddress(0, 0, Math.max(1, page.rows), page.columns));
  if (page.titleRows !== undefined)
    layout.setPrintTitleRows(`$${page.titleRows.first + 1}:$${page.titleRows.last + 1}`);
  const texts = layout.headersFooters.defaultForAllPages;
  texts.leftHeader = page.header.left;
  texts.centerHeader = page.header.center;
  texts.rightHeader = page.header.right;
  texts.leftFooter = page.footer.left;
  texts.centerFooter = page.footer.center;
  texts.rightFooter = page.footer.right;
  for (const row of page.breaksBefore) sheet.horizontalPageBreaks.add(cellAddress(row, 0));
}
