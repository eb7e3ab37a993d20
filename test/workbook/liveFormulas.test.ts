import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { readModelFile } from "../../src/cli/readModelFile";
import { evaluateScenarios } from "../../src/engine";
import { renderWorkbook } from "../../src/workbook/render/renderWorkbook";
import { writeXlsx } from "../../src/workbook/xlsx/writeXlsx";
import { EXAMPLES } from "../helpers/cli";
import { recalculate } from "../helpers/libreoffice";

const dir = mkdtempSync(path.join(tmpdir(), "fordela-live-"));

/** Writes the example, lets a user change Ragunda's population in Indata, and recalculates in LibreOffice. */
async function editedAndRecalculated(population: number): Promise<Map<string, string[][]>> {
  const spec = renderWorkbook(
    evaluateScenarios(readModelFile(path.join(EXAMPLES, "samordningsforbund.json"))),
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeXlsx(spec)) as unknown as ArrayBuffer);
  const indata = workbook.getWorksheet("Indata");
  if (indata === undefined) throw new Error("the workbook has no Indata sheet");
  indata.getCell("D10").value = population; // Ragunda's folkmängd
  const file = path.join(dir, `edited-${population}.xlsx`);
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return recalculate(file);
}

const ragunda = (sheets: Map<string, string[][]>) =>
  sheets.get("Fördelning")?.find((r) => r[0] === "Ragunda") ?? [];
const check = (sheets: Map<string, string[][]>) =>
  sheets
    .get("Fördelning")
    ?.find((r) => r[0] === "Kontroll (0 = stämmer)")
    ?.at(-1);

describe("the workbook's formulas are live", () => {
  it("keeps the check at 0 when nothing was edited", async () => {
    expect(check(await editedAndRecalculated(5146))).toBe("0");
  });

  it("updates the share and the exact amount when a key value is edited, and the check shows the adjustments are stale", async () => {
    const sheets = await editedAndRecalculated(15146);
    const [, key, , exact] = ragunda(sheets);
    expect([key, Number(exact) > 100_000, check(sheets) !== "0"]).toEqual(["15146", true, true]);
  });
});
