import { readdirSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { EXAMPLES, micros, ROOT, runBin } from "../helpers/cli";

interface PartyLine {
  amount: string;
  exact: string;
  adjustment: string;
}
interface Result {
  scenario: string | null;
  total: string;
  lines: Record<string, { amount: string }>;
  parties: { id: string; total: string; lines: Record<string, PartyLine> }[];
}

const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith(".json"))
  .sort();

describe.each(examples)("the example %s through the built command", (name) => {
  const file = path.join(EXAMPLES, name);
  const json = runBin("run", file, "--json");
  const results = (JSON.parse(json.stdout || "{}") as { results?: Result[] }).results ?? [];

  it("runs with exit 0 and prints tables", () => {
    const run = runBin("run", file);
    expect([run.code, run.stderr, run.stdout.includes("Summa")]).toEqual([0, "", true]);
  });

  it("validates", () => {
    expect(runBin("validate", file).code).toBe(0);
  });

  it("has a base result and at least one scenario", () => {
    expect([json.code, results[0]?.scenario, results.length > 1]).toEqual([0, null, true]);
  });

  it("adds up: each line's parts make its amount exactly", () => {
    for (const result of results) {
      for (const [line, { amount }] of Object.entries(result.lines)) {
        const parts = result.parties.reduce((s, p) => s + micros(p.lines[line]?.amount ?? "0"), 0n);
        expect(`${result.scenario}/${line}: ${parts}`).toBe(`${result.scenario}/${line}: ${micros(amount)}`);
      }
    }
  });

  it("adds up: each party's total is the sum of its lines, and the total the sum of the lines", () => {
    for (const result of results) {
      for (const party of result.parties) {
        const sum = Object.values(party.lines).reduce((s, l) => s + micros(l.amount), 0n);
        expect(`${party.id}: ${sum}`).toBe(`${party.id}: ${micros(party.total)}`);
      }
      const lines = Object.values(result.lines).reduce((s, l) => s + micros(l.amount), 0n);
      expect(lines).toBe(micros(result.total));
    }
  });

  it("writes exact + adjustment = amount for every part", () => {
    for (const result of results) {
      for (const party of result.parties) {
        for (const part of Object.values(party.lines))
          expect(micros(part.exact) + micros(part.adjustment)).toBe(micros(part.amount));
      }
    }
  });
});

describe("the built command", () => {
  it("never prints a stack trace for a missing file", () => {
    const run = runBin("run", "no-such-model.json");
    expect([run.code, run.stderr]).toEqual([1, "fordela: no-such-model.json: filen finns inte\n"]);
  });

  it("exits 2 for a refused model", () => {
    const run = runBin("run", path.join(__dirname, "..", "fixtures", "refused.json"));
    expect([run.code, run.stderr]).toEqual([
      2,
      "fordela: lines.bidrag.split.shares: andelarna blir tillsammans 9/10, inte 1\n",
    ]);
  });

  it("shows its usage for --help", () => {
    expect(runBin("--help").stdout).toMatch(/^Användning:\n {2}fordela run MODELL\.json/);
    expect(runBin("--help", "--lang", "en").stdout).toMatch(/^Usage:\n {2}fordela run MODEL\.json/);
  });

  it("runs the demo over every example", () => {
    const demo = spawnSync(process.execPath, [path.join(ROOT, "scripts", "demo.js")], { encoding: "utf8" });
    expect(demo.status).toBe(0);
    for (const name of examples) expect(demo.stdout).toContain(`=== ${name} ===`);
  });
});
