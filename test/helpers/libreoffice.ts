import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** LibreOffice's CSV export: comma, double quotes, UTF-8, raw values (not as shown), every sheet. */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/** Swedish as the locale: numbers show as a Swedish Excel shows them (1 234 567 kr, 12,3 %). */
const SWEDISH = `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>sv-SE</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>sv-SE</value></prop></item>`;

/**
 * A fresh LibreOffice profile that recalculates every formula of an .xlsx on
 * load instead of trusting cached values, in the given locale settings.
 */
function profile(locale = ""): string {
  const dir = mkdtempSync(path.join(tmpdir(), "fordela-lo-"));
  mkdirSync(path.join(dir, "user"), { recursive: true });
  writeFileSync(
    path.join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
${locale}
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

/** What a PDF holds: its pages and its text (poppler's pdfinfo and pdftotext). */
export interface Printed {
  readonly file: string;
  readonly pages: number;
  readonly text: string;
}

/**
 * Prints an .xlsx file to PDF with headless LibreOffice in a Swedish locale
 * (a fresh profile, every formula recalculated), as a council would print it,
 * and reads the PDF's page count and text.
 *
 * @example
 * printToPdf("turism.xlsx").pages; // 6
 */
export function printToPdf(file: string): Printed {
  const out = mkdtempSync(path.join(tmpdir(), "fordela-pdf-"));
  const run = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile(SWEDISH)}`,
      "--headless",
      "--convert-to",
      "pdf",
      file,
      "--outdir",
      out,
    ],
    { encoding: "utf8", timeout: 180_000 },
  );
  if (run.status !== 0) throw new Error(`LibreOffice failed: ${run.error?.message ?? run.stderr}`);
  const pdf = path.join(out, `${path.basename(file, ".xlsx")}.pdf`);
  const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1] ?? NaN);
  const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
  return { file: pdf, pages, text };
}
