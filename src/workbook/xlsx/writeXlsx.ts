import { strToU8, zipSync, type Zippable } from "fflate";
import type { SheetSpec, WorkbookSpec } from "../description/types";
import { chartXml, drawingXml } from "./chartXml";
import {
  APP_XML,
  contentTypes,
  coreXml,
  relationships,
  ROOT_RELATIONSHIPS,
  workbookXml,
  type Relation,
} from "./packageXml";
import { SharedStrings } from "./sharedStrings";
import { sheetXml } from "./sheetXml";
import { StyleTable } from "./styleTable";
import { tableXml } from "./tableXml";
import { THEME_XML } from "./themeXml";

/** Parts numbered across the workbook: tables, drawings and charts each count from 1. */
interface Counters {
  table: number;
  drawing: number;
  chart: number;
}

/** One sheet's part and the parts it points to (its tables, drawing and charts), by path in the package. */
function sheetParts(
  spec: SheetSpec,
  index: number,
  context: { styles: StyleTable; strings: SharedStrings; counters: Counters },
): Record<string, string> {
  const { counters } = context;
  const parts: Record<string, string> = {};
  const relations: Relation[] = [];
  const tables = spec.tables.map((table, i) => {
    const n = ++counters.table;
    parts[`xl/tables/table${n}.xml`] = tableXml(table, n);
    relations.push([`rIdTable${i + 1}`, "table", `../tables/table${n}.xml`]);
    return `rIdTable${i + 1}`;
  });
  let drawing: string | undefined;
  if (spec.charts.length > 0) {
    const d = ++counters.drawing;
    const charts = spec.charts.map((chart, i): Relation => {
      const n = ++counters.chart;
      parts[`xl/charts/chart${n}.xml`] = chartXml(spec.name, chart);
      return [`rId${i + 1}`, "chart", `../charts/chart${n}.xml`];
    });
    parts[`xl/drawings/drawing${d}.xml`] = drawingXml(spec.charts);
    parts[`xl/drawings/_rels/drawing${d}.xml.rels`] = relationships(charts);
    drawing = "rIdDrawing";
    relations.push([drawing, "drawing", `../drawings/drawing${d}.xml`]);
  }
  const path = `xl/worksheets/sheet${index + 1}.xml`;
  parts[path] = sheetXml(spec, context.styles, context.strings, { tables, ...(drawing ? { drawing } : {}) });
  if (relations.length > 0)
    parts[`xl/worksheets/_rels/sheet${index + 1}.xml.rels`] = relationships(relations);
  return parts;
}

/**
 * Writes a workbook description to .xlsx bytes: the same cells, formulas
 * (with the engine's results cached, and recalculated on opening), number
 * formats, styles, tables, column widths, frozen rows, print setup, red
 * check cells and charts as the Office.js writer. SpreadsheetML is written
 * directly and zipped with fflate (which runs in the pane's Web Worker as
 * well as in Node): on the national model about five times faster than
 * ExcelJS's writeBuffer, whose workbook model and pure-JS zip took most of
 * the pipeline, and than its streaming writer (which cannot write tables).
 * The tests read every file back with ExcelJS and have LibreOffice
 * recalculate whole workbooks.
 *
 * @example
 * await writeFile("fordela.xlsx", await writeXlsx(renderWorkbook(evaluations)));
 */
export async function writeXlsx(spec: WorkbookSpec): Promise<Uint8Array> {
  const context = {
    styles: new StyleTable(),
    strings: new SharedStrings(),
    counters: { table: 0, drawing: 0, chart: 0 },
  };
  const parts: Record<string, string> = {};
  spec.sheets.forEach((sheet, i) => Object.assign(parts, sheetParts(sheet, i, context)));
  const workbookRelations: Relation[] = [
    ...spec.sheets.map((_, i): Relation => [`rId${i + 1}`, "worksheet", `worksheets/sheet${i + 1}.xml`]),
    ["rIdStyles", "styles", "styles.xml"],
    ["rIdStrings", "sharedStrings", "sharedStrings.xml"],
    ["rIdTheme", "theme", "theme/theme1.xml"],
  ];
  Object.assign(parts, {
    "[Content_Types].xml": contentTypes(Object.keys(parts)),
    "_rels/.rels": ROOT_RELATIONSHIPS,
    "docProps/core.xml": coreXml(new Date()),
    "docProps/app.xml": APP_XML,
    "xl/workbook.xml": workbookXml(spec.sheets),
    "xl/_rels/workbook.xml.rels": relationships(workbookRelations),
    "xl/styles.xml": context.styles.xml(),
    "xl/sharedStrings.xml": context.strings.xml(),
    "xl/theme/theme1.xml": THEME_XML,
  });
  const files: Zippable = {};
  // [Content_Types].xml first, as some readers expect
  for (const name of [
    "[Content_Types].xml",
    ...Object.keys(parts).filter((p) => p !== "[Content_Types].xml"),
  ])
    files[name] = strToU8(parts[name] ?? "");
  // level 1: on the national model a sixth of level 6's time, for a file about 14 % larger
  return zipSync(files, { level: 1 });
}
