import { evaluateScenarios } from "../../src/engine";
import { readModelFile } from "../../src/cli/readModelFile";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { EXAMPLES, runCli } from "../helpers/cli";
import { recalculate } from "../helpers/libreoffice";

const dir = mkdtempSync(path.join(tmpdir(), "fordela-cli-"));
function file(name: string, text: string): string {
  const target = path.join(dir, name);
  writeFileSync(target, text);
  return target;
}
const samordning = path.join(EXAMPLES, "samordningsforbund.json");

describe("fordela run", () => {
  it("adds each party's statement as a sheet with --statements, its total the engine's", async () => {
    const out = path.join(dir, "underlag.xlsx");
    const run = await runCli("run", samordning, "--out", out, "--statements", "--json");
    const engine = (
      JSON.parse(run.stdout) as { results: { parties: { name: string; total: string }[] }[] }
    ).results[0]?.parties.find((p) => p.name === "Östersund")?.total;
    const rows = recalculate(out).get("Underlag Östersund") ?? [];
    expect(rows.filter((r) => r[0] === "Summa").map((r) => Number(r[5]))).toEqual([Number(engine)]);
  });

  it("refuses --statements without a workbook to add them to", async () => {
    const run = await runCli("run", samordning, "--statements");
    expect([run.code, run.stderr]).toEqual([
      1,
      "fordela: --statements: valet lägger till blad i arbetsboken som --out skriver; ange --out FIL.xlsx också\n",
    ]);
  });

  it("prints a table per scenario with the party names, Swedish amounts and sums", async () => {
    const run = await runCli("run", samordning);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Östersund +599\u00a0216 +599\u00a0216/);
    expect(run.stdout).toMatch(/Summa +4\u00a0900\u00a0000 +4\u00a0900\u00a0000/);
  });

  it("prints a heading for every scenario", async () => {
    const run = await runCli("run", samordning);
    expect(run.stdout.match(/— scenario: /g)).toHaveLength(3);
  });

  it("prints the result document with --json", async () => {
    const run = await runCli("run", samordning, "--json");
    const document = JSON.parse(run.stdout) as { format: string; results: { scenario: string | null }[] };
    expect([document.format, document.results.map((r) => r.scenario)]).toEqual([
      "fordela-results/1",
      [null, "Folkmängd 2022", "Folkmängd 2020", "Statens modell 2025"],
    ]);
  });

  it("lists the line labels under a table whose headings it had to shorten", async () => {
    const run = await runCli("run", path.join(EXAMPLES, "regional-samverkan.json"));
    expect(run.stdout).toMatch(/EU och övergrip… +EU och övergripande regional utveckling/);
  });

  it("marks the parties held at a bound, and only then", async () => {
    const file = path.join(EXAMPLES, "finsam-staten.json");
    const base = (await runCli("run", file)).stdout.split("— scenario:")[0] ?? "";
    const allocation = evaluateScenarios(readModelFile(file))[0]?.evaluation.lines.get("finsam")?.allocation;
    const held = [...(allocation ?? [])].filter(([, part]) => part.held !== undefined);
    const marked = base.split("\n").filter((row) => / golv \+[\d\u00a0]+$/.test(row));
    expect(marked).toHaveLength(held.length);
    expect(base).toContain(`Gräns  ${held.length} parter hölls vid ett golv`);
    expect((await runCli("run", samordning)).stdout).not.toContain("Gräns");
  });

  it("says in which unit amounts are rounded", async () => {
    expect((await runCli("run", path.join(EXAMPLES, "turism.json"))).stdout).toContain(
      "avrundade till 100 kr",
    );
  });
});

describe("fordela run with a payment schedule", () => {
  it("prints the payment plan under the allocation, with each period's due date", async () => {
    const run = await runCli("run", path.join(EXAMPLES, "gemensam-namnd.json"));
    expect(run.stdout).toContain("Betalningsplan");
    expect(run.stdout).toMatch(/Kvartal 1 \(2025-01-31\)/);
  });

  it("gives each party its periods in --json, adding up to its total", async () => {
    const run = await runCli("run", path.join(EXAMPLES, "gemensam-namnd.json"), "--json");
    const document = JSON.parse(run.stdout) as {
      results: { parties: { total: string; periods: string[] }[] }[];
    };
    for (const party of document.results[0]?.parties ?? [])
      expect(party.periods.reduce((s, p) => s + Number(p), 0)).toBe(Number(party.total));
  });
});

describe("fordela compare", () => {
  const turism = path.join(EXAMPLES, "turism.json");

  it("compares the first scenario with the base model unless told otherwise", async () => {
    const run = await runCli("compare", samordning);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Jämförelse: Folkmängd 2022 mot Grundmodellen");
  });

  it("prints each party's difference and its causes", async () => {
    const run = await runCli("compare", turism, "--a", "Samma som i fjol", "--b", "base");
    expect(run.stdout).toMatch(/Ragunda +110\u00a0000 +204\u00a0600 +94\u00a0600 +86,00 %/);
    expect(run.stdout).toContain("Radbelopp kunde inte mätas för sig");
  });

  it("prints the comparison document with --json", async () => {
    const run = await runCli("compare", turism, "--a", "Samma som i fjol", "--b", "base", "--json");
    const document = JSON.parse(run.stdout) as { format: string; a: string | null; b: string | null };
    expect([document.format, document.a, document.b]).toEqual([
      "fordela-comparison/1",
      "Samma som i fjol",
      null,
    ]);
  });

  it("names the scenarios there are when asked for one that is not", async () => {
    const run = await runCli("compare", turism, "--b", "Förslag 3");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'fordela: --b: det finns inget scenario som heter "Förslag 3"; modellen har "Samma som i fjol"',
    );
  });

  it("refuses an option that belongs to another command", async () => {
    const run = await runCli("compare", turism, "--out", "x.xlsx");
    expect([run.code, run.stderr]).toEqual([1, 'fordela: --out: kommandot "compare" har inget sådant val\n']);
  });
});

describe("fordela export", () => {
  it("writes each party's statement and fordelning.csv into the folder, and lists them", async () => {
    const out = path.join(dir, "export");
    const run = await runCli("export", samordning, "--out-dir", out, "--scenario", "Folkmängd 2022");
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toContain("2380 Östersund.xlsx");
    expect(run.stdout).toMatch(/^Skrev 11 filer till .*\n(?: {2}.+\n){11}$/);
  });

  it("needs a folder to write to", async () => {
    const run = await runCli("export", samordning);
    expect([run.code, run.stderr]).toEqual([
      1,
      "fordela: export: kommandot behöver --out-dir MAPP, mappen som filerna skrivs till\n",
    ]);
  });
});

describe("fordela validate", () => {
  it("says OK with the model's size", async () => {
    const run = await runCli("validate", samordning);
    expect([run.code, run.stdout]).toEqual([
      0,
      "OK: Samordningsförbundet i Jämtlands län 2025: 10 parter, 1 rad, 3 scenarier\n",
    ]);
  });

  it("refuses what run refuses, with exit 2", async () => {
    const bad = file(
      "bad-shares.json",
      JSON.stringify({
        format: "fordela/1",
        name: "x",
        parties: [{ id: "a", name: "A" }],
        lines: { bidrag: { label: "B", amount: 1, split: { by: "shares", shares: { a: "9/10" } } } },
      }),
    );
    const run = await runCli("validate", bad);
    expect([run.code, run.stderr]).toEqual([
      2,
      "fordela: lines.bidrag.split.shares: andelarna blir tillsammans 9/10, inte 1\n",
    ]);
  });
});

describe("failures", () => {
  it.each([
    ["a missing file", () => path.join(dir, "none.json"), /^fordela: .*none\.json: filen finns inte\n$/],
    [
      "an empty file",
      () => file("empty.json", "  \n"),
      /^fordela: .*empty\.json: filen är tom; här ska stå en Fördela-modell \(JSON\)\n$/,
    ],
    [
      "broken JSON",
      () => file("broken.json", '{\n  "format": "fordela/1",\n}'),
      /^fordela: .*broken\.json: texten är inte giltig JSON: på rad 3, kolumn 1 väntades ett fältnamn inom citattecken\n$/,
    ],
    ["a folder", () => dir, /^fordela: .*: det är en mapp, inte en modellfil\n$/],
  ])("%s gets one clear line and exit 1", async (_, target, message) => {
    const run = await runCli("run", target());
    expect([run.code, run.stdout]).toEqual([1, ""]);
    expect(run.stderr).toMatch(message);
  });

  it("refuses a model with exit 2, the path and the message on stderr", async () => {
    const bad = file(
      "sju.json",
      JSON.stringify({
        format: "fordela/1",
        name: "x",
        parties: [{ id: "2326", name: "Berg" }],
        keys: { folkmangd: { values: { "2326": "sju tusen" } } },
        lines: { a: { label: "A", amount: 1, split: { by: "equal" } } },
      }),
    );
    const run = await runCli("run", bad, "--json");
    expect([run.code, run.stdout, run.stderr]).toEqual([
      2,
      "",
      'fordela: keys.folkmangd.values.2326: "sju tusen" är inte ett tal\n',
    ]);
  });

  it("shows the usage and exits 1 with no command", async () => {
    const run = await runCli();
    expect([run.code, run.stdout.startsWith("Användning:")]).toEqual([1, true]);
  });

  it("shows the usage and exits 0 for --help", async () => {
    expect((await runCli("--help")).code).toBe(0);
  });

  it("refuses an unknown command with exit 1", async () => {
    expect((await runCli("dance", samordning)).stderr).toBe(
      "fordela: dance: det finns inget sådant kommando; fordela --help visar de som finns\n",
    );
  });

  it("refuses an unknown option with exit 1", async () => {
    const run = await runCli("run", samordning, "--xml");
    expect([run.code, run.stderr]).toEqual([1, 'fordela: --xml: kommandot "run" har inget sådant val\n']);
  });

  it("refuses a missing model file argument", async () => {
    expect((await runCli("run")).stderr).toBe("fordela: run: kommandot behöver en modellfil\n");
  });

  it("refuses two model files", async () => {
    expect((await runCli("run", samordning, samordning)).stderr).toBe(
      "fordela: run: kommandot tar en modellfil, inte 2\n",
    );
  });
});
