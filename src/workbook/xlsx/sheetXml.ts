import { cellAddress, columnLetters, rangeAddress } from "../description/address";
import type { Cell, HeaderFooterSpec, PageSetupSpec, SheetSpec } from "../description/types";
import type { SharedStrings } from "./sharedStrings";
import { RED_DXF, type StyleTable } from "./styleTable";
import { escapeXml } from "./xmlText";

/** What a sheet part points to through its relationships. */
export interface SheetLinks {
  /** The relationship id of the sheet's drawing, if it has charts. */
  readonly drawing?: string;
  /** The relationship ids of its tables, in the order of spec.tables. */
  readonly tables: readonly string[];
}

const WIDTH = 16384;
const at = (cell: { row: number; col: number }) => cell.row * WIDTH + cell.col;

/** Each table's header cells holding its column names (as Excel requires), keeping their style and format. */
function headerCells(spec: SheetSpec, byAddress: (key: number) => Cell | undefined): Map<number, Cell> {
  const headers = new Map<number, Cell>();
  for (const table of spec.tables)
    table.columns.forEach((name, i) => {
      const key = table.row * WIDTH + table.col + i;
      // The heading keeps its looks (style, format, alignment); its content is the table's column name.
      const { style, numberFormat, wrap, alignRight, alignTop } = byAddress(key) ?? {};
      const looks = { style, numberFormat, wrap, alignRight, alignTop };
      const kept = Object.fromEntries(Object.entries(looks).filter(([, v]) => v !== undefined));
      headers.set(key, { ...kept, row: table.row, col: table.col + i, value: name });
    });
  return headers;
}

/** Whether the cells are in row-then-column order, one per address (as SheetBuilder gives them). */
function inOrder(cells: readonly Cell[]): boolean {
  for (let i = 1; i < cells.length; i++) if (at(cells[i - 1] as Cell) >= at(cells[i] as Cell)) return false;
  return true;
}

/** Where the cell at address `key` is among cells in order, by halving; -1 if none is there. */
function placeOf(cells: readonly Cell[], key: number): number {
  let low = 0;
  let high = cells.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = at(cells[middle] as Cell);
    if (found === key) return middle;
    if (found < key) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * The sheet's cells in order, one per address (a later cell in the
 * description wins, as it would overwrite an earlier one), with the tables'
 * header cells holding their column names. Cells already in order (as
 * SheetBuilder gives them) with every header cell present are kept as they
 * are, their header cells found by halving and replaced in a copy.
 */
function cellsOf(spec: SheetSpec): readonly Cell[] {
  const cells = spec.cells;
  if (inOrder(cells)) {
    const places = new Map<number, number>();
    for (const table of spec.tables)
      for (let i = 0; i < table.columns.length; i++) {
        const key = table.row * WIDTH + table.col + i;
        places.set(key, placeOf(cells, key));
      }
    if (![...places.values()].includes(-1)) {
      if (places.size === 0) return cells;
      const ordered = cells.slice();
      // every place was found (none is -1)
      const headers = headerCells(spec, (key) => cells[places.get(key) as number]);
      for (const [key, cell] of headers) ordered[places.get(key) as number] = cell;
      return ordered;
    }
  }
  const byAddress = new Map<number, Cell>();
  for (const cell of cells) byAddress.set(at(cell), cell);
  for (const [key, cell] of headerCells(spec, (k) => byAddress.get(k))) byAddress.set(key, cell);
  return [...byAddress.entries()].sort((a, b) => a[0] - b[0]).map(([, cell]) => cell);
}

/** Column letters by column, computed once per column rather than once per cell. */
const letters: string[] = [];
const lettersOf = (col: number) => (letters[col] ??= columnLetters(col));

/** A cell format's attribute by its index, written once per format rather than once per cell (none for the plain cell). */
const styleAttributes: string[] = [""];
const styleAttribute = (id: number) => (styleAttributes[id] ??= ` s="${id}"`);

/** A cell's element; `rowNumber` is its row's number as the file counts (from 1), as text. */
function cellXml(cell: Cell, rowNumber: string, context: SheetContext): string {
  const open =
    '<c r="' +
    lettersOf(cell.col) +
    rowNumber +
    '"' +
    styleAttribute(context.styles.id(cell.style, cell.numberFormat, cell));
  const formula = cell.formula;
  if (formula !== undefined) {
    const f = "><f>" + escapeXml(formula.charCodeAt(0) === 61 /* = */ ? formula.slice(1) : formula);
    const result = cell.result;
    return result === undefined || !Number.isFinite(result)
      ? open + f + "</f></c>"
      : open + f + "</f><v>" + result + "</v></c>";
  }
  const value = cell.value;
  if (value === undefined) return open + "/>";
  if (typeof value === "number")
    return Number.isFinite(value) ? open + "><v>" + value + "</v></c>" : open + ' t="e"><v>#NUM!</v></c>';
  if (typeof value === "boolean") return open + ' t="b"><v>' + (value ? 1 : 0) + "</v></c>";
  return open + ' t="s"><v>' + context.strings.id(value) + "</v></c>";
}

/**
 * The rows in order, each with its cells (in order, as {@link cellsOf} gives
 * them) and its height if set; a row with a height and no cells is written
 * empty. Each row is handed to `put` whole, without collecting a sheet's
 * rows first.
 */
function sheetData(spec: SheetSpec, context: SheetContext, put: (text: string) => void): void {
  // by row, a later height for the same row winning
  const heights = [...new Map((spec.rowHeights ?? []).map((h) => [h.row, h.points]))].sort(
    (a, b) => a[0] - b[0],
  );
  let h = 0;
  const open = (row: number) => {
    const height = heights[h]?.[0] === row ? heights[h++]?.[1] : undefined;
    return `<row r="${row + 1}"${height === undefined ? "" : ` ht="${height}" customHeight="1"`}>`;
  };
  /** Rows before `row` that only have a height. */
  const emptyBefore = (row: number) => {
    for (let next = heights[h]?.[0]; next !== undefined && next < row; next = heights[h]?.[0])
      put(open(next) + "</row>");
  };
  put("<sheetData>");
  const cells = cellsOf(spec);
  for (let i = 0; i < cells.length;) {
    const row = (cells[i] as Cell).row;
    emptyBefore(row);
    // the row built as one string: a put per row, not per cell
    let xml = open(row);
    const rowNumber = String(row + 1);
    for (; i < cells.length && (cells[i] as Cell).row === row; i++)
      xml += cellXml(cells[i] as Cell, rowNumber, context);
    put(xml + "</row>");
  }
  emptyBefore(Infinity);
  put("</sheetData>");
}

function merges(spec: SheetSpec): string {
  const cells = (spec.merges ?? []).map((m) => `<mergeCell ref="${rangeAddress(m.row, m.col, 1, m.cols)}"/>`);
  return cells.length === 0 ? "" : `<mergeCells count="${cells.length}">${cells.join("")}</mergeCells>`;
}

function sheetView(spec: SheetSpec): string {
  const rows = spec.freezeRows ?? 0;
  const pane =
    rows > 0
      ? `<pane ySplit="${rows}" topLeftCell="A${rows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>`
      : "";
  return `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>`;
}

function columns(spec: SheetSpec): string {
  const cols = spec.widths
    .map((width, i) =>
      Number.isFinite(width) && width > 0
        ? `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`
        : "",
    )
    .join("");
  return cols === "" ? "" : `<cols>${cols}</cols>`;
}

function redCells(spec: SheetSpec): string {
  return spec.redWhenNonZero
    .map(
      (red, i) =>
        `<conditionalFormatting sqref="${rangeAddress(red.row, red.col, 1, 1)}">` +
        `<cfRule type="expression" dxfId="${RED_DXF}" priority="${i + 1}"><formula>${cellAddress(red.row, red.col, true)}&lt;&gt;0</formula></cfRule>` +
        `</conditionalFormatting>`,
    )
    .join("");
}

const DEFAULT_MARGINS = `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`;

function headerFooter(texts: HeaderFooterSpec): string {
  return escapeXml(`&L${texts.left}&C${texts.center}&R${texts.right}`);
}

/**
 * Margins, page setup (paper size 9 is A4; one page wide, as many pages
 * down as the description says, 0 for as many as it takes), header and
 * footer, and the page breaks (a break "after" a row in the file's terms).
 */
function printing(page: PageSetupSpec | undefined): string {
  if (page === undefined) return DEFAULT_MARGINS;
  const m = page.margins;
  const breaks = page.breaksBefore.map((row) => `<brk id="${row}" max="16383" man="1"/>`).join("");
  return (
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="9" orientation="${page.orientation}" fitToWidth="1" fitToHeight="${page.fitToHeight}"/>` +
    `<headerFooter><oddHeader>${headerFooter(page.header)}</oddHeader><oddFooter>${headerFooter(page.footer)}</oddFooter></headerFooter>` +
    (breaks === ""
      ? ""
      : `<rowBreaks count="${page.breaksBefore.length}" manualBreakCount="${page.breaksBefore.length}">${breaks}</rowBreaks>`)
  );
}

/** The workbook's tables of styles and shared strings, which every sheet adds to. */
export interface SheetContext {
  readonly styles: StyleTable;
  readonly strings: SharedStrings;
}

/**
 * A worksheet part (SpreadsheetML), its elements in the order the schema
 * requires: properties, views, columns, cells, merged cells, conditional
 * formats, margins, page setup, header and footer, page breaks, drawing,
 * tables. Handed to `put` in pieces, in order.
 *
 * @example
 * const pieces: string[] = [];
 * writeSheetXml(spec, { styles, strings }, { tables: ["rId1"] }, (text) => pieces.push(text));
 * pieces.join(""); // '<?xml …><worksheet …>…</worksheet>'
 */
export function writeSheetXml(
  spec: SheetSpec,
  context: SheetContext,
  links: SheetLinks,
  put: (text: string) => void,
): void {
  const fit = spec.page === undefined ? "" : `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`;
  const tables = links.tables.map((id) => `<tablePart r:id="${id}"/>`).join("");
  put(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      `${fit}${sheetView(spec)}<sheetFormatPr defaultRowHeight="15"/>${columns(spec)}`,
  );
  sheetData(spec, context, put);
  put(
    `${merges(spec)}${redCells(spec)}${printing(spec.page)}` +
      `${links.drawing === undefined ? "" : `<drawing r:id="${links.drawing}"/>`}` +
      `${tables === "" ? "" : `<tableParts count="${links.tables.length}">${tables}</tableParts>`}` +
      `</worksheet>`,
  );
}
