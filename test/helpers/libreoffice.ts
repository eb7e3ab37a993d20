import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** LibreOffice's CSV export: comma, double quotes, UTF-8, raw values (not as shown), every sheet. */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/** A fresh LibreOffice profile that recalculates every formula of an .xlsx on load instead of trusting cached values. */
function profile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "fordela-lo-"));
  mkdirSync(path.join(dir, "user"), { recursive: true });
  writeFileSync(
    path.join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return dir;
}

/** Splits CSV text into rows of cells (quotes and doubled quotes handled). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== "," && c !== "\n" && c !== "\r")) cell += c;
    else if (c === ",") endCell();
    else if (c === "\n") {
      endCell();
      rows.push(row);
      row = [];
    }
  }
  if (cell !== "" || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/**
 * Opens an .xlsx file in headless LibreOffice with every formula recalculated,
 * and returns each sheet's cells as text, by sheet name.
 *
 * @example
 * recalculate("fordela-demo.xlsx").get("Summering")?.[4]?.[1]; // "47455"
 */
export function recalculate(file: string): Map<string, string[][]> {
  const out = mkdtempSync(path.join(tmpdir(), "fordela-csv-"));
  const run = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile()}`,
      "--headless",
      "--convert-to",
      CSV_FILTER,
      file,
      "--outdir",
      out,
    ],
    {
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  if (run.status !== 0) throw new Error(`LibreOffice failed: ${run.error?.message ?? run.stderr}`);
  const base = path.basename(file, ".xlsx");
  const sheets = new Map<string, string[][]>();
  for (const name of readdirSync(out)) {
    sheets.set(
      name.slice(base.length + 1, -".csv".length),
      parseCsv(readFileSync(path.join(out, name), "utf8")),
    );
  }
  return sheets;
}
