import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { evaluateScenarios, resultDocument, type ScenarioResult } from "../../../src/engine";
import { readModelFile } from "../../../src/cli/readModelFile";
import { exportFiles, statementFileNames } from "../../../src/workbook/export/exportFiles";
import { allocationCsv, neutralise } from "../../../src/workbook/export/allocationCsv";
import { EXAMPLES } from "../../helpers/cli";
import { recalculate } from "../../helpers/libreoffice";
import { parseDelimited } from "../../../src/workbook/inputs/parseDelimited";

const evaluations = evaluateScenarios(readModelFile(path.join(EXAMPLES, "gemensam-namnd.json")));
const base = resultDocument(evaluations).results[0] as ScenarioResult;
const dir = mkdtempSync(path.join(tmpdir(), "fordela-export-"));

const ore = (text: string | undefined) => Math.round(Number((text ?? "").replace(",", ".")) * 100);

describe("exporting each party's statement and fordelning.csv", () => {
  let files: Awaited<ReturnType<typeof exportFiles>> = [];
  beforeAll(async () => {
    files = await exportFiles(evaluations, { scenario: null, language: "sv" });
    for (const f of files) writeFileSync(path.join(dir, f.name), f.bytes);
  });

  it("writes one workbook per party, named by code and name, and one CSV", () => {
    const model = evaluations[0]?.evaluation.model;
    expect(files.map((f) => f.name)).toEqual([...statementFileNames(model?.parties ?? []), "fordelning.csv"]);
  });

  it("gives every statement, opened by LibreOffice, the engine's amounts per line, total and periods", () => {
    const party = base.parties.find((p) => p.id === "2380");
    const file = files.find((f) => f.name.startsWith("2380"))?.name ?? "";
    const [rows = []] = [...recalculate(path.join(dir, file)).values()];
    const amountOf = (label: string) => ore(rows.find((r) => r[0] === label)?.[5]);
    const lines = evaluations[0]?.evaluation.model.lines ?? [];
    expect(lines.map((l) => amountOf(l.label))).toEqual(lines.map((l) => ore(party?.lines[l.id]?.amount)));
    expect(rows.filter((r) => r[0] === "Summa").map((r) => ore(r[5]))).toEqual([
      ore(party?.total),
      ore(party?.total),
    ]);
    expect(["Kvartal 1", "Kvartal 2", "Kvartal 3", "Kvartal 4"].map(amountOf)).toEqual(
      (party?.periods ?? []).map(ore),
    );
  });

  it("says in plain Swedish how a line reaches the party", () => {
    const file = files.find((f) => f.name.startsWith("2380"))?.name ?? "";
    const [rows = []] = [...recalculate(path.join(dir, file)).values()];
    expect(rows.map((r) => r[1])).toContain("Fördelas i lika delar");
  });

  it("writes a CSV whose amounts are the engine's, starting with a byte order mark", () => {
    const csv = files.find((f) => f.name === "fordelning.csv");
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(csv?.bytes);
    const rows = text
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n")
      .map((r) => r.split(";"));
    expect(text.startsWith("\uFEFFKod;Part;")).toBe(true);
    for (const party of base.parties) {
      const row = rows.find((r) => r[1] === party.name) ?? [];
      expect(ore(row[2 + Object.keys(base.lines).length])).toBe(ore(party.total));
    }
  });
});

describe("the CSV", () => {
  const result: ScenarioResult = {
    scenario: null,
    model: "M",
    currency: "SEK",
    unit: "0.01",
    total: "-1.50",
    lines: { x: { amount: "-1.50" } },
    parties: [
      {
        id: "a",
        name: '=HYPERLINK("http://x";"klicka")',
        total: "-1.50",
        lines: { x: { amount: "-1.50", exact: "-1.5", adjustment: "0" } },
      },
    ],
  };

  it("neutralises text that a spreadsheet would run as a formula", () => {
    expect(["=1+1", "+46", "-x", "@SUM(A1)", "Östersund"].map(neutralise)).toEqual([
      "'=1+1",
      "'+46",
      "'-x",
      "'@SUM(A1)",
      "Östersund",
    ]);
  });

  it("round-trips: Fördela's own CSV reader reads back the fields as they were written", () => {
    const text = allocationCsv(result, new Map([["x", "Rad; med semikolon"]]), new Map([["a", undefined]]));
    const table = parseDelimited(text, "fordelning.csv", "sv");
    expect(table.headers).toEqual(["Kod", "Part", "Rad; med semikolon", "Summa"]);
    expect(table.rows).toEqual([["a", `'=HYPERLINK("http://x";"klicka")`, "-1,50", "-1,50"]]);
  });

  it("heads its columns in English for an English export, numbers still for Swedish Excel", () => {
    const text = allocationCsv(result, new Map([["x", "Bidrag"]]), new Map([["a", undefined]]), "en");
    expect(text.split("\r\n").slice(0, 2)).toEqual([
      "\uFEFFCode;Party;Bidrag;Total",
      `a;"'=HYPERLINK(""http://x"";""klicka"")";-1,50;-1,50`,
    ]);
  });
});
