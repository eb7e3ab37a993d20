import { mkdtempSync, readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import { tmpdir } from "node:os";
import path from "node:path";
import { swedishAmount } from "../../src/format/swedishAmount";
import { EXAMPLES, runCli } from "../helpers/cli";

// With --out the workbook holds every table, so `run` prints a summary: a row
// per evaluation with its total and how many parties and lines it has.
// --tables prints the tables as well; without --out they are printed as ever.

const model = path.join(EXAMPLES, "samordningsforbund.json");
const dir = mkdtempSync(path.join(tmpdir(), "fordela-summary-"));
const outFile = (name: string) => path.join(dir, name);

interface Document {
  readonly results: readonly {
    readonly scenario: string | null;
    readonly total: string;
    readonly parties: readonly { readonly name: string }[];
    readonly lines: Record<string, unknown>;
  }[];
}

/** The result document, as `run --json` prints it: what the summary's rows must agree with. */
async function resultsOf(file: string): Promise<Document["results"]> {
  return (JSON.parse((await runCli("run", file, "--json")).stdout) as Document).results;
}

/** The summary's row for a result: name, total, parties and lines, aligned by spaces. */
function rowOf(result: Document["results"][number], base: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const cells = [
    result.scenario ?? base,
    swedishAmount(result.total),
    String(result.parties.length),
    String(Object.keys(result.lines).length),
  ];
  return new RegExp(`^${cells.map(escape).join(" +")}$`, "m");
}

describe("fordela run --out prints a summary, not the tables", () => {
  it("prints a row per evaluation with its total, parties and lines, in Swedish", async () => {
    const out = outFile("sv.xlsx");
    const [run, results] = [await runCli("run", model, "--out", out), await resultsOf(model)];
    expect(run.code).toBe(0);
    for (const result of results) expect(run.stdout).toMatch(rowOf(result, "Grundmodellen"));
    expect(run.stdout).toMatch(/^Scenario +Summa +Parter +Rader$/m);
    expect(run.stdout).toContain("--tables skriver ut dem här också");
    expect(run.stdout.endsWith(`\n\nSkrev ${out}\n`)).toBe(true);
  });

  it("prints none of the tables' rows: no party and no scenario heading", async () => {
    const run = await runCli("run", model, "--out", outFile("rows.xlsx"));
    const parties = (await resultsOf(model))[0]?.parties.map((p) => p.name) ?? [];
    expect(parties.length).toBeGreaterThan(0);
    for (const party of parties) expect(run.stdout).not.toContain(party);
    expect(run.stdout).not.toContain("— scenario:");
  });

  it("prints the summary in English with --lang en", async () => {
    const out = outFile("en.xlsx");
    const [run, results] = [await runCli("run", model, "--out", out, "--lang", "en"), await resultsOf(model)];
    for (const result of results) expect(run.stdout).toMatch(rowOf(result, "The base model"));
    expect(run.stdout).toMatch(/^Scenario +Total +Parties +Lines$/m);
    expect(run.stdout).toContain("--tables prints them here as well");
    expect(run.stdout).not.toMatch(/\b(Grundmodellen|Summa|Parter|Rader|Skrev)\b/);
    expect(run.stdout.endsWith(`\n\nWrote ${out}\n`)).toBe(true);
  });

  it("writes the same workbook as with --tables", async () => {
    const [plain, tables] = [outFile("plain.xlsx"), outFile("tables.xlsx")];
    await runCli("run", model, "--out", plain);
    await runCli("run", model, "--out", tables, "--tables");
    // Part by part: the zip's own bytes carry the time of writing (core.xml's
    // to the second, each entry's to two), which two runs can straddle.
    const parts = (file: string) => {
      const { ["docProps/core.xml"]: written, ...rest } = unzipSync(readFileSync(file));
      expect(written).toBeDefined();
      return rest;
    };
    const [a, b] = [parts(plain), parts(tables)];
    expect(Object.keys(a).length).toBeGreaterThan(5);
    expect(b).toEqual(a);
  });
});

describe("fordela run --out --tables prints the tables as well", () => {
  it("prints every table as run without --out does, then what it wrote, in Swedish", async () => {
    const out = outFile("tables-sv.xlsx");
    const [run, tables] = [await runCli("run", model, "--out", out, "--tables"), await runCli("run", model)];
    expect(tables.stdout).toContain("— scenario:");
    expect(run.stdout).toBe(`${tables.stdout}\nSkrev ${out}\n`);
  });

  it("prints them in English with --lang en", async () => {
    const out = outFile("tables-en.xlsx");
    const run = await runCli("run", model, "--out", out, "--tables", "--lang", "en");
    const tables = await runCli("run", model, "--lang", "en");
    expect(tables.stdout).toMatch(/^Party +/m);
    expect(run.stdout).toBe(`${tables.stdout}\nWrote ${out}\n`);
  });
});

describe("fordela run without --out prints the tables", () => {
  it("prints a table per evaluation and no summary, in Swedish", async () => {
    const run = await runCli("run", model);
    const results = await resultsOf(model);
    expect(run.stdout.match(/— scenario: /g)).toHaveLength(results.length - 1);
    expect(run.stdout).toMatch(/^Part +/m);
    expect(run.stdout).not.toContain("--tables");
  });

  it("prints them in English with --lang en", async () => {
    const run = await runCli("run", model, "--lang", "en");
    expect(run.stdout).toMatch(/^Party +/m);
    expect(run.stdout).toMatch(/^Total +[\d\u00a0]+/m);
    expect(run.stdout).not.toContain("--tables");
  });

  it("prints the same tables with --tables", async () => {
    expect((await runCli("run", model, "--tables")).stdout).toBe((await runCli("run", model)).stdout);
  });
});

describe("fordela run --out --json", () => {
  it("prints the result document only, as without --out", async () => {
    const run = await runCli("run", model, "--out", outFile("json.xlsx"), "--json");
    expect(run.stdout).toBe((await runCli("run", model, "--json")).stdout);
  });
});
