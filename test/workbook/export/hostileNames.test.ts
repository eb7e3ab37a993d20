import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { evaluateScenarios } from "../../../src/engine";
import { exportFiles } from "../../../src/workbook/export/exportFiles";
import { renderWorkbook } from "../../../src/workbook/render/renderWorkbook";
import { writeXlsx } from "../../../src/workbook/xlsx/writeXlsx";
import { recalculate } from "../../helpers/libreoffice";

const names = [
  "A:B",
  "A*B",
  "Samma",
  "Samma",
  "x".repeat(300),
  "Kommunens'",
  "History",
  "\u0001\u0002\u0003",
  "Öster\ufffesund",
];
const parties = names.map((name, i) => ({ id: `p${i}`, name }));
const model = {
  format: "fordela/1",
  name: "Fientliga namn",
  parties,
  keys: { k: { values: Object.fromEntries(parties.map((p) => [p.id, "1"])) } },
  lines: {
    a: { label: "Bidrag", amount: "900", split: { by: "key", key: "k" } },
    b: { label: "Bidrag", amount: "90", split: { by: "key", key: "k" } },
  },
};
const evaluations = evaluateScenarios(model);
const dir = mkdtempSync(path.join(tmpdir(), "fordela-hostile-"));

/** Every XML part of an .xlsx file, as text. */
async function xmlParts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.values(zip.files).filter((f) => f.name.endsWith(".xml") || f.name.endsWith(".rels"));
  return Promise.all(parts.map((f) => f.async("string")));
}

// eslint-disable-next-line no-control-regex -- what XML 1.0 forbids is what is looked for
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

describe("an export of parties with hostile names", () => {
  let files: Awaited<ReturnType<typeof exportFiles>> = [];
  beforeAll(async () => {
    files = await exportFiles(evaluations, { scenario: null, language: "sv" });
  });

  it("gives every party a file of its own", () => {
    const statements = files.filter((f) => f.name.endsWith(".xlsx"));
    expect([statements.length, new Set(statements.map((f) => f.name.toLowerCase())).size]).toEqual([9, 9]);
    expect(statements.map((f) => f.name)).toEqual([
      "A-B.xlsx",
      "A-B p1.xlsx",
      "Samma.xlsx",
      "Samma p3.xlsx",
      `${"x".repeat(100)}.xlsx`,
      "Kommunens'.xlsx",
      "History.xlsx",
      "p7.xlsx",
      "Östersund.xlsx",
    ]);
  });

  it("writes only well-formed XML text, whatever the names hold", async () => {
    const parts = (
      await Promise.all(files.filter((f) => f.name.endsWith(".xlsx")).map((f) => xmlParts(f.bytes)))
    ).flat();
    expect(parts.filter((p) => NOT_XML.test(p))).toEqual([]);
  });

  it("writes a statement LibreOffice opens for a name with U+FFFE", () => {
    const file = files.find((f) => f.name === "Östersund.xlsx");
    writeFileSync(path.join(dir, "fffe.xlsx"), file?.bytes ?? new Uint8Array());
    expect([...recalculate(path.join(dir, "fffe.xlsx")).keys()]).toEqual(["Östersund"]);
  });
});

describe("a workbook of parties with hostile names and two lines with the same label", () => {
  const spec = renderWorkbook(evaluations, { statements: { scenario: null } });

  it("names every sheet as Excel requires, uniquely", () => {
    const sheets = spec.sheets.map((s) => s.name);
    expect(new Set(sheets.map((s) => s.toLowerCase())).size).toBe(sheets.length);
    expect(
      sheets.filter((s) => s.length > 31 || /[[\]:*?/\\]|^'|'$/.test(s) || s.toLowerCase() === "history"),
    ).toEqual([]);
  });

  it("gives every table unique column names", () => {
    const clashes = spec.sheets.flatMap((s) =>
      s.tables.filter((t) => new Set(t.columns.map((c) => c.toLowerCase())).size !== t.columns.length),
    );
    expect(clashes).toEqual([]);
    expect(spec.sheets.find((s) => s.name === "Summering")?.tables[0]?.columns).toEqual(
      expect.arrayContaining(["Bidrag", "Bidrag (2)"]),
    );
  });

  it("is opened by LibreOffice with every sheet", async () => {
    const file = path.join(dir, "fientliga.xlsx");
    writeFileSync(file, await writeXlsx(spec));
    expect([...recalculate(file).keys()].length).toBe(spec.sheets.length);
  });
});
