import { columnLetters, sheetRef } from "../description/address";
import type { SheetSpec } from "../description/types";
import { escapeXml } from "./xmlText";

const XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`;
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const TYPE = "application/vnd.openxmlformats-officedocument";

/** A relationship: its id, its type (the last part of the type URI) and its target. */
export type Relation = readonly [id: string, type: string, target: string];

/**
 * A relationships part.
 *
 * @example
 * relationships([["rId1", "worksheet", "worksheets/sheet1.xml"]]);
 */
export function relationships(relations: readonly Relation[]): string {
  const items = relations.map(
    ([id, type, target]) =>
      `<Relationship Id="${id}" Type="${type.startsWith("http") ? type : `${REL}/${type}`}" Target="${escapeXml(target)}"/>`,
  );
  return `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join("")}</Relationships>`;
}

/** The content type of each kind of part, by the folder it is in. */
const CONTENT_TYPES: Record<string, string> = {
  worksheets: `${TYPE}.spreadsheetml.worksheet+xml`,
  tables: `${TYPE}.spreadsheetml.table+xml`,
  drawings: `${TYPE}.drawing+xml`,
  charts: `${TYPE}.drawingml.chart+xml`,
};

/**
 * [Content_Types].xml for the package's parts.
 *
 * @example
 * contentTypes(["xl/worksheets/sheet1.xml"]);
 */
export function contentTypes(parts: readonly string[]): string {
  const overrides = parts.flatMap((part) => {
    const type = CONTENT_TYPES[part.split("/")[1] ?? ""];
    return type === undefined ? [] : [`<Override PartName="/${part}" ContentType="${type}"/>`];
  });
  return (
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.spreadsheetml.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${TYPE}.spreadsheetml.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${TYPE}.spreadsheetml.sharedStrings+xml"/>` +
    `<Override PartName="/xl/theme/theme1.xml" ContentType="${TYPE}.theme+xml"/>` +
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
    `<Override PartName="/docProps/app.xml" ContentType="${TYPE}.extended-properties+xml"/>` +
    `${overrides.join("")}</Types>`
  );
}

/**
 * The workbook part: its sheets in order, recalculated in full when opened
 * (the cached results are the engine's, but Excel should not trust a file's).
 *
 * @example
 * workbookXml([{ name: "Indata" }, { name: "Fördelning" }]);
 */
export function workbookXml(sheets: readonly Pick<SheetSpec, "name" | "page">[]): string {
  const entries = sheets.map(
    (sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
  );
  const names = printNames(sheets);
  return (
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr/>` +
    `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="12000" windowHeight="24000"/></bookViews>` +
    `<sheets>${entries.join("")}</sheets>${names === "" ? "" : `<definedNames>${names}</definedNames>`}` +
    `<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`
  );
}

/** Each sheet's print area (its printed columns and rows) and print titles (its table's headings), as defined names. */
function printNames(sheets: readonly Pick<SheetSpec, "name" | "page">[]): string {
  return sheets
    .map((sheet, i) => {
      const page = sheet.page;
      if (page === undefined) return "";
      const ref = sheetRef(sheet.name);
      const area = `${ref}!$A$1:$${columnLetters(page.columns - 1)}$${Math.max(1, page.rows)}`;
      const titles =
        page.titleRows === undefined ? "" : `${ref}!$${page.titleRows.first + 1}:$${page.titleRows.last + 1}`;
      return (
        `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${escapeXml(area)}</definedName>` +
        (titles === ""
          ? ""
          : `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(titles)}</definedName>`)
      );
    })
    .join("");
}

/** The package's relationships: the workbook and its document properties. */
export const ROOT_RELATIONSHIPS = relationships([
  ["rId1", "officeDocument", "xl/workbook.xml"],
  [
    "rId2",
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
    "docProps/core.xml",
  ],
  ["rId3", "extended-properties", "docProps/app.xml"],
]);

/**
 * Who wrote the file and when (docProps/core.xml).
 *
 * @example
 * coreXml(new Date()); // '<?xml …><cp:coreProperties …><dc:creator>Fördela</dc:creator>…'
 */
export function coreXml(now: Date): string {
  const when = `${now.toISOString().slice(0, 19)}Z`;
  return (
    `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>Fördela</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

/** The application that wrote the file (docProps/app.xml). */
export const APP_XML =
  `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
  `<Application>Fördela</Application></Properties>`;
