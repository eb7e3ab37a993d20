import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { evaluateScenarios, resultDocument } from "../../../src/engine";
import { writeWorkbookFile } from "../../../src/cli/writeWorkbookFile";
import type { Cell, SheetSpec } from "../../../src/workbook/description/types";
import { renderWorkbook } from "../../../src/workbook/render/renderWorkbook";
import { nationalModel } from "../../../bench/nationalModel";

// The national model's workbook as `fordela run --out` writes it (sheets
// streamed to Node's zlib in pieces), read back whole by ExcelJS: every
// cell of the description is in the file as described, so the writer's
// speed-ups changed nothing a reader sees.

const evaluations = evaluateScenarios(nationalModel());
const results = resultDocument(evaluations).results;
const spec = renderWorkbook(evaluations, { results, statements: { scenario: null } });
const workbook = new ExcelJS.Workbook();
let bytes: Buffer;

beforeAll(async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "fordela-roundtrip-")), "nationell.xlsx");
  await writeWorkbookFile(file, [{ evaluations, results, statements: true }], "sv");
  bytes = readFileSync(file);
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
}, 300_000);

const BOLD = new Set(["title", "heading", "total", "check"]);

/** What a cell of the description should read as in ExcelJS, and what it does, when they differ. */
function mismatch(sheet: SheetSpec, described: Cell, read: ExcelJS.Cell): string | undefined {
  const value =
    described.formula === undefined
      ? (described.value ?? null)
      : described.result === undefined
        ? { formula: described.formula.replace(/^=/, "") }
        : { formula: described.formula.replace(/^=/, ""), result: described.result };
  const want = {
    value,
    numFmt: described.numberFormat,
    bold: BOLD.has(described.style ?? ""),
    italic: described.style === "note",
    wrap: described.wrap === true,
    right: described.alignRight === true,
    top: described.alignTop === true,
  };
  // ExcelJS reads a cached result of 0 as none (its own quirk: the file holds <v>0</v>)
  const readValue =
    described.result === 0 &&
    typeof read.value === "object" &&
    read.value !== null &&
    !("result" in read.value)
      ? { ...read.value, result: 0 }
      : read.value;
  const got = {
    value: readValue,
    numFmt: read.numFmt,
    bold: read.font?.bold === true,
    italic: read.font?.italic === true,
    wrap: read.alignment?.wrapText === true,
    right: read.alignment?.horizontal === "right",
    top: read.alignment?.vertical === "top",
  };
  const [w, g] = [JSON.stringify(want), JSON.stringify(got)];
  return w === g ? undefined : `${sheet.name}!${read.address}: ${w} ≠ ${g}`;
}

describe("the national workbook read back by ExcelJS", () => {
  it("is a zip whose every part has the CRC-32 it records, as Excel and unzip check", async () => {
    // ExcelJS and fflate read parts without checking their CRCs; JSZip checks them when asked
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files)).toContain("xl/worksheets/sheet2.xml");
  });

  it("holds every sheet of the description, statements included", () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(spec.sheets.map((s) => s.name));
    expect(spec.sheets.length).toBeGreaterThan(290);
  });

  it("holds every cell as described: value or formula and cached result, number format, font and alignment", () => {
    const wrong: string[] = [];
    let cells = 0;
    for (const sheet of spec.sheets) {
      const ws = workbook.getWorksheet(sheet.name);
      for (const cell of sheet.cells) {
        cells++;
        const found =
          ws === undefined ? "missing sheet" : mismatch(sheet, cell, ws.getCell(cell.row + 1, cell.col + 1));
        if (found !== undefined) wrong.push(found);
      }
    }
    expect(cells).toBeGreaterThan(100_000);
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it("sets every sheet's column widths, merged cells and row heights as described", () => {
    const wrong = spec.sheets.flatMap((sheet) => {
      const ws = workbook.getWorksheet(sheet.name);
      const widths = sheet.widths.map((w, i) => [w, ws?.getColumn(i + 1).width]);
      const merges = (sheet.merges ?? []).map((m) => ws?.getCell(m.row + 1, m.col + m.cols).isMerged);
      const heights = (sheet.rowHeights ?? []).map((h) => [h.points, ws?.getRow(h.row + 1).height]);
      return [
        ...widths.filter(([a, b]) => a !== b).map((pair) => `${sheet.name} width ${JSON.stringify(pair)}`),
        ...merges.filter((merged) => merged !== true).map(() => `${sheet.name} merge`),
        ...heights.filter(([a, b]) => a !== b).map((pair) => `${sheet.name} height ${JSON.stringify(pair)}`),
      ];
    });
    expect(wrong.slice(0, 20)).toEqual([]);
  });
});
