import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { evaluateScenarios, resultDocument, type ScenarioResult } from "../../src/engine";
import { writeWorkbookFile } from "../../src/cli/writeWorkbookFile";
import { nationalModel } from "../../bench/nationalModel";
import { recalculate } from "../helpers/libreoffice";

// The national model (290 parties, 50 lines, 20 scenarios) as `fordela run
// --out` writes it, every formula recalculated by LibreOffice.

const evaluations = evaluateScenarios(nationalModel());
const base = resultDocument(evaluations).results[0] as ScenarioResult;
const workbook = path.join(mkdtempSync(path.join(tmpdir(), "fordela-national-")), "nationell.xlsx");
let sheets = new Map<string, string[][]>();

beforeAll(async () => {
  await writeWorkbookFile(workbook, [{ evaluations }], "sv");
  sheets = recalculate(workbook);
}, 300_000);

/** A recalculated cell as öre. */
function ore(text: string | undefined): number {
  return Math.round(Number(text) * 100);
}

describe("the national workbook, recalculated by LibreOffice", () => {
  it("gives every party's total and every line's amount as the engine does, to the öre", () => {
    const rows = sheets.get("Summering") ?? [];
    const lineIds = Object.keys(base.lines);
    const shown = base.parties.map((party) => {
      const row = rows.find((r) => r[0] === party.name) ?? [];
      return `${party.name}: ${row
        .slice(1, 2 + lineIds.length)
        .map(ore)
        .join(" ")}`;
    });
    const engine = base.parties.map(
      (party) =>
        `${party.name}: ${[...lineIds.map((id) => ore(party.lines[id]?.amount)), ore(party.total)].join(" ")}`,
    );
    expect(base.parties).toHaveLength(290);
    expect(shown).toEqual(engine);
  });

  it("shows a check of 0 under every line", () => {
    const rows = sheets.get("Fördelning") ?? [];
    // The check sits under the amounts (column F); a line with parties held at a bound has a column after it.
    const checks = rows.filter((r) => r[0] === "Kontroll (0 = stämmer)").map((r) => r[5]);
    expect(checks).toEqual(Object.keys(base.lines).map(() => "0"));
  });

  it("has no formula errors on any sheet", () => {
    const errors = [...sheets].flatMap(([name, rows]) =>
      rows.flatMap((row, r) =>
        row.flatMap((cell, c) => (/^(#|Err:)/.test(cell) ? [`${name}!R${r + 1}C${c + 1}: ${cell}`] : [])),
      ),
    );
    expect(errors).toEqual([]);
  });
});
