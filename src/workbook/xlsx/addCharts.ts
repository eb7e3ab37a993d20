import JSZip from "jszip";
import type { WorkbookSpec } from "../description/types";
import { chartXml, drawingXml } from "./chartXml";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

function relationships(entries: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${entries.join("")}</Relationships>`;
}

/**
 * Adds the description's charts to an .xlsx written by ExcelJS, which cannot
 * draw charts itself: a chart part per chart, a drawing part per sheet, and
 * the relationships and content types that tie them in. Sheets are numbered
 * as ExcelJS numbers them (sheet1.xml is the first).
 *
 * @example
 * const withCharts = await addCharts(new Uint8Array(await workbook.xlsx.writeBuffer()), spec);
 */
export async function addCharts(xlsx: Uint8Array, spec: WorkbookSpec): Promise<Uint8Array> {
  if (spec.sheets.every((s) => s.charts.length === 0)) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  let types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  let chartCount = 0;
  let drawingCount = 0;
  for (const [index, sheet] of spec.sheets.entries()) {
    if (sheet.charts.length === 0) continue;
    const drawing = ++drawingCount;
    const chartRels = sheet.charts.map((chart, i) => {
      const n = ++chartCount;
      zip.file(`xl/charts/chart${n}.xml`, chartXml(sheet.name, chart));
      types = types.replace(
        "</Types>",
        `<Override PartName="/xl/charts/chart${n}.xml" ContentType="${CHART_TYPE}"/></Types>`,
      );
      return `<Relationship Id="rId${i + 1}" Type="${REL}/chart" Target="../charts/chart${n}.xml"/>`;
    });
    zip.file(`xl/drawings/drawing${drawing}.xml`, drawingXml(sheet.charts));
    zip.file(`xl/drawings/_rels/drawing${drawing}.xml.rels`, relationships(chartRels));
    types = types.replace(
      "</Types>",
      `<Override PartName="/xl/drawings/drawing${drawing}.xml" ContentType="${DRAWING_TYPE}"/></Types>`,
    );
    await linkDrawing(zip, index + 1, drawing);
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Points a sheet at its drawing: a relationship, and a <drawing> element where the schema wants it (before tableParts). */
async function linkDrawing(zip: JSZip, sheetNumber: number, drawing: number): Promise<void> {
  const sheetPath = `xl/worksheets/sheet${sheetNumber}.xml`;
  const relsPath = `xl/worksheets/_rels/sheet${sheetNumber}.xml.rels`;
  const id = "rIdFordelaDrawing";
  const relation = `<Relationship Id="${id}" Type="${REL}/drawing" Target="../drawings/drawing${drawing}.xml"/>`;
  const rels = await zip.file(relsPath)?.async("string");
  zip.file(
    relsPath,
    rels === undefined
      ? relationships([relation])
      : rels.replace("</Relationships>", `${relation}</Relationships>`),
  );
  const xml = (await zip.file(sheetPath)?.async("string")) ?? "";
  const element = `<drawing r:id="${id}"/>`;
  const before =
    ["<legacyDrawing", "<tableParts", "<extLst", "</worksheet>"].find((tag) => xml.includes(tag)) ??
    "</worksheet>";
  zip.file(sheetPath, xml.replace(before, `${element}${before}`));
}
