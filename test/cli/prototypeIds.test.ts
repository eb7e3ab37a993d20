import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT, runCli } from "../helpers/cli";

/**
 * Ids that name fields of Object.prototype (`__proto__`, `constructor`,
 * `toString`, `hasOwnProperty`, `valueOf`) as a party, a group, a key, a
 * line and a scenario: MODEL.md says they are ordinary names.
 */
const MODEL = path.join(ROOT, "test", "fixtures", "prototype-ids.json");

interface Result {
  results: {
    total: string;
    lines: Record<string, { amount: string }>;
    parties: { id: string; total: string; lines: Record<string, { amount: string }> }[];
  }[];
}

async function json(...argv: string[]): Promise<Result> {
  const run = await runCli(...argv);
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as Result;
}

describe("ids such as __proto__, constructor and toString, end to end", () => {
  it("gives the __proto__ line its own result, and each party its part of it", async () => {
    const [base] = (await json("run", MODEL, "--json")).results;
    expect([
      Object.keys(base?.lines ?? {}),
      base?.lines.__proto__?.amount,
      base?.parties.map((p) => p.lines.__proto__?.amount),
    ]).toEqual([["__proto__", "constructor", "toString"], "1000", ["300", "100", "200", "400"]]);
  });

  it("adds every party's lines up to its total and the lines to the model's total", async () => {
    const { results } = await json("run", MODEL, "--json");
    const sum = (amounts: string[]) => amounts.reduce((s, a) => s + BigInt(a), 0n);
    expect(
      results.every(
        (r) =>
          sum(Object.values(r.lines).map((l) => l.amount)) === BigInt(r.total) &&
          r.parties.every((p) => sum(Object.values(p.lines).map((l) => l.amount)) === BigInt(p.total)),
      ),
    ).toBe(true);
  });

  it("applies the scenario __proto__'s patch to the key __proto__", async () => {
    const [, scenario] = (await json("run", MODEL, "--json")).results;
    expect(scenario?.parties.map((p) => p.lines.__proto__?.amount)).toEqual(["588", "59", "118", "235"]);
  });

  it("puts a key change in the comparison under key values", async () => {
    const run = await runCli("compare", MODEL, "--json");
    const comparison = JSON.parse(run.stdout) as {
      parties: { id: string; causes: Record<string, string> }[];
    };
    const proto = comparison.parties.find((p) => p.id === "__proto__");
    expect(proto?.causes).toMatchObject({ amounts: "0", keys: expect.not.stringMatching(/^0$/) as string });
  });

  it("writes the __proto__ line into the workbook", async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "fordela-proto-")), "proto.xlsx");
    expect((await runCli("run", MODEL, "--out", out, "--statements")).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const texts = workbook.worksheets.flatMap((ws) =>
      ws.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map(String) : [])),
    );
    expect(["Proto-raden", "Cons-raden"].every((label) => texts.includes(label))).toBe(true);
  });
});
