import type { Cell, CellStyle } from "../description/types";
import { escapeXml } from "./xmlText";

/** The workbook's font, named in every font so that LibreOffice does not fall back to another. */
const FONT = `<name val="Calibri"/><family val="2"/>`;

/** Each cell style's font (index 1.. in the fonts list) and border. */
const LOOKS: Record<CellStyle, { font: string; border: number }> = {
  title: { font: `<font><b/><sz val="14"/>${FONT}</font>`, border: 0 },
  heading: { font: `<font><b/><sz val="11"/>${FONT}</font>`, border: 0 },
  note: { font: `<font><i/><sz val="11"/><color rgb="FF605E5C"/>${FONT}</font>`, border: 0 },
  total: { font: `<font><b/><sz val="11"/>${FONT}</font>`, border: 1 },
  check: { font: `<font><b/><sz val="11"/>${FONT}</font>`, border: 0 },
};
const STYLE_NAMES = Object.keys(LOOKS) as CellStyle[];

/** Number formats Excel knows by id; any other is written into the workbook from id 164 on. */
const BUILT_IN: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

/**
 * The workbook's cell formats: one per pair of cell style and number format
 * in use, numbered in the order first asked for (0 is the plain cell).
 *
 * @example
 * const styles = new StyleTable();
 * styles.id("total", "#,##0"); // 1
 * styles.xml(); // '<?xml …><styleSheet …>…'
 */
export class StyleTable {
  private readonly ids = new Map<string, number>([["||", 0]]);
  private readonly formats = new Map<string, number>();

  /** The ids asked for already, by style, number format and alignment flags: no key string built per cell. */
  private readonly known = new Map<CellStyle | undefined, Map<string | undefined, number[]>>();

  /** The index of the cell format for a style, number format and alignment (each may be absent). */
  id(style: CellStyle | undefined, numberFormat: string | undefined, align: Alignment = {}): number {
    const bits =
      (align.wrap === true ? 1 : 0) | (align.alignRight === true ? 2 : 0) | (align.alignTop === true ? 4 : 0);
    let byFormat = this.known.get(style);
    if (byFormat === undefined) this.known.set(style, (byFormat = new Map()));
    let byBits = byFormat.get(numberFormat);
    if (byBits === undefined) byFormat.set(numberFormat, (byBits = []));
    return (byBits[bits] ??= this.newId(style, numberFormat, align));
  }

  private newId(style: CellStyle | undefined, numberFormat: string | undefined, align: Alignment): number {
    const flags = `${align.wrap === true ? "w" : ""}${align.alignRight === true ? "r" : ""}${align.alignTop === true ? "t" : ""}`;
    const key = `${style ?? ""}|${flags}|${numberFormat ?? ""}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
      if (
        numberFormat !== undefined &&
        BUILT_IN[numberFormat] === undefined &&
        !this.formats.has(numberFormat)
      )
        this.formats.set(numberFormat, 164 + this.formats.size);
    }
    return id;
  }

  /** The styles part: number formats, fonts, borders, the cell formats and the red fill of the check cells. */
  xml(): string {
    const numFmts = [...this.formats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`,
    );
    const fonts = [`<font><sz val="11"/>${FONT}</font>`, ...STYLE_NAMES.map((s) => LOOKS[s].font)];
    const xfs = [...this.ids.keys()].map((key) => this.xf(key));
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
      `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      (numFmts.length > 0 ? `<numFmts count="${numFmts.length}">${numFmts.join("")}</numFmts>` : "") +
      `<fonts count="${fonts.length}">${fonts.join("")}</fonts>` +
      `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>` +
      `<border><left/><right/><top style="thin"><color indexed="64"/></top><bottom/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>` +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      `<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill patternType="solid"><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>` +
      `<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
      `</styleSheet>`
    );
  }

  private xf(key: string): string {
    const [style = "", flags = "", ...rest] = key.split("|");
    const format = rest.join("|");
    const look = style === "" ? undefined : LOOKS[style as CellStyle];
    const font = look === undefined ? 0 : STYLE_NAMES.indexOf(style as CellStyle) + 1;
    const border = look?.border ?? 0;
    const numFmt =
      format === undefined || format === "" ? 0 : (BUILT_IN[format] ?? this.formats.get(format) ?? 0);
    const alignment =
      flags === ""
        ? ""
        : `<alignment${flags.includes("r") ? ` horizontal="right"` : ""}${flags.includes("t") ? ` vertical="top"` : ""}${flags.includes("w") ? ` wrapText="1"` : ""}/>`;
    return (
      `<xf numFmtId="${numFmt}" fontId="${font}" fillId="0" borderId="${border}" xfId="0"` +
      `${numFmt === 0 ? "" : ` applyNumberFormat="1"`}${font === 0 ? "" : ` applyFont="1"`}${border === 0 ? "" : ` applyBorder="1"`}` +
      (alignment === "" ? "/>" : ` applyAlignment="1">${alignment}</xf>`)
    );
  }
}

/** How a cell's text sits: wrapped, right-aligned, at the top. */
export type Alignment = Pick<Cell, "wrap" | "alignRight" | "alignTop">;

/** The differential format (dxfs index 0) that colours a check cell red when it is not 0. */
export const RED_DXF = 0;
