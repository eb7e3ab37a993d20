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
import { writeSheetXml, type SheetLinks } from "./sheetXml";
import { StyleTable } from "./styleTable";
import { tableXml } from "./tableXml";
import { THEME_XML } from "./themeXml";
import { ZipParts, type PieceDeflater } from "./zipParts";

/** Parts numbered across the workbook: tables, drawings and charts each count from 1. */
interface Counters {
  table: number;
  drawing: number;
  chart: number;
}

/** One sheet's parts: its own path, the links it writes, and the small parts it points to, by path. */
interface SheetPlan {
  readonly spec: SheetSpec;
  readonly path: string;
  readonly links: SheetLinks;
  readonly before: Record<string, string>;
  readonly relations?: string;
}

/** One sheet's part and the parts it points to (its tables, drawing and charts), by path in the package. */
function sheetPlan(spec: SheetSpec, index: number, counters: Counters): SheetPlan {
  const before: Record<string, string> = {};
  const relations: Relation[] = [];
  const tables = spec.tables.map((table, i) => {
    const n = ++counters.table;
    before[`xl/tables/table${n}.xml`] = tableXml(table, n);
    relations.push([`rIdTable${i + 1}`, "table", `../tables/table${n}.xml`]);
    return `rIdTable${i + 1}`;
  });
  let drawing: string | undefined;
  if (spec.charts.length > 0) {
    const d = ++counters.drawing;
    const charts = spec.charts.map((chart, i): Relation => {
      const n = ++counters.chart;
      before[`xl/charts/chart${n}.xml`] = chartXml(spec.name, chart);
      return [`rId${i + 1}`, "chart", `../charts/chart${n}.xml`];
    });
    before[`xl/drawings/drawing${d}.xml`] = drawingXml(spec.charts);
    before[`xl/drawings/_rels/drawing${d}.xml.rels`] = relationships(charts);
    drawing = "rIdDrawing";
    relations.push([drawing, "drawing", `../drawings/drawing${d}.xml`]);
  }
  return {
    spec,
    path: `xl/worksheets/sheet${index + 1}.xml`,
    links: { tables, ...(drawing ? { drawing } : {}) },
    before,
    ...(relations.length > 0 ? { relations: relationships(relations) } : {}),
  };
}

/** The path of a sheet's relationships part. */
const relationsPath = (plan: SheetPlan) => plan.path.replace("worksheets/", "worksheets/_rels/") + ".rels";

/** Every part's path, in the order written. */
function partNames(plans: readonly SheetPlan[]): string[] {
  return plans.flatMap((plan) => [
    ...Object.keys(plan.before),
    plan.path,
    ...(plan.relations === undefined ? [] : [relationsPath(plan)]),
  ]);
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
 * Each sheet's XML is encoded in pieces as it is written ({@link ZipParts}),
 * never as one string, and compressed by fflate or by `options.deflate`
 * (the command line passes Node's zlib, which compresses on another thread
 * while the next piece is written). The tests read every file back
 * with ExcelJS and have LibreOffice recalculate whole workbooks.
 *
 * @example
 * await writeFile("fordela.xlsx", await writeXlsx(renderWorkbook(evaluations)));
 * await writeXlsx(spec, { deflate: nodeDeflater });
 */
export async function writeXlsx(
  spec: WorkbookSpec,
  options: { readonly deflate?: PieceDeflater } = {},
): Promise<Uint8Array> {
  const context = { styles: new StyleTable(), strings: new SharedStrings() };
  const counters: Counters = { table: 0, drawing: 0, chart: 0 };
  const plans = spec.sheets.map((sheet, i) => sheetPlan(sheet, i, counters));
  const workbookRelations: Relation[] = [
    ...spec.sheets.map((_, i): Relation => [`rId${i + 1}`, "worksheet", `worksheets/sheet${i + 1}.xml`]),
    ["rIdStyles", "styles", "styles.xml"],
    ["rIdStrings", "sharedStrings", "sharedStrings.xml"],
    ["rIdTheme", "theme", "theme/theme1.xml"],
  ];
  const zip = new ZipParts(options.deflate);
  // [Content_Types].xml first, as some readers expect
  zip.add("[Content_Types].xml", contentTypes(partNames(plans)));
  for (const plan of plans) {
    for (const [name, text] of Object.entries(plan.before)) zip.add(name, text);
    zip.write(plan.path, (put) => writeSheetXml(plan.spec, context, plan.links, put));
    if (plan.relations !== undefined) zip.add(relationsPath(plan), plan.relations);
  }
  zip.add("_rels/.rels", ROOT_RELATIONSHIPS);
  zip.add("docProps/core.xml", coreXml(new Date()));
  zip.add("docProps/app.xml", APP_XML);
  zip.add("xl/workbook.xml", workbookXml(spec.sheets));
  zip.add("xl/_rels/workbook.xml.rels", relationships(workbookRelations));
  zip.add("xl/styles.xml", context.styles.xml());
  zip.add("xl/sharedStrings.xml", context.strings.xml());
  zip.add("xl/theme/theme1.xml", THEME_XML);
  return zip.bytes();
}
