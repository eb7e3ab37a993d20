import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { EXAMPLES, runCli } from "../helpers/cli";

const example = path.join(EXAMPLES, "samordningsforbund.json");

describe("the command line never overwrites what the user did not ask it to", () => {
  it("refuses --out that names the model file it reads, and leaves it as it was", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "fordela-out-"));
    const model = path.join(dir, "modell.xlsx");
    copyFileSync(example, model);
    const run = await runCli("run", model, "--out", model);
    expect([run.code, run.stderr]).toEqual([
      1,
      `fordela: --out: ${model} är själva modellfilen; ge arbetsboken ett annat namn\n`,
    ]);
    expect(readFileSync(model, "utf8")).toBe(readFileSync(example, "utf8"));
  });

  it("refuses --out over a workbook already there without --force, before any work, and leaves it as it was", async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "fordela-out-")), "budget.xlsx");
    writeFileSync(out, "kollegans arbetsbok");
    const [sv, en] = [
      await runCli("run", example, "--out", out),
      await runCli("run", example, "--out", out, "--lang", "en"),
    ];
    expect([sv.code, sv.stdout, sv.stderr, en.stderr]).toEqual([
      1,
      "",
      `fordela: --out: ${out} finns redan; ange --force för att ersätta den, eller ett annat namn\n`,
      `fordela: --out: ${out} is already there; give --force to replace it, or another name\n`,
    ]);
    expect(readFileSync(out, "utf8")).toBe("kollegans arbetsbok");
  });

  it("replaces a workbook with --force and says that it did", async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "fordela-out-")), "budget.xlsx");
    writeFileSync(out, "förra körningen");
    const run = await runCli("run", example, "--out", out, "--force");
    expect([run.code, run.stdout.endsWith(`Skrev ${out} (ersatte arbetsboken som fanns där)\n`)]).toEqual([
      0,
      true,
    ]);
    expect(readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
  });

  it("says only that it wrote a new workbook where none was", async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "fordela-out-")), "ny.xlsx");
    const run = await runCli("run", example, "--out", out, "--force");
    expect([run.code, run.stdout.endsWith(`\nSkrev ${out}\n`)]).toEqual([0, true]);
  });

  it("says in words that the folder for --out does not exist, in either language", async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "fordela-out-")), "saknas", "x.xlsx");
    const [sv, en] = [
      await runCli("run", example, "--out", out),
      await runCli("run", example, "--out", out, "--lang", "en"),
    ];
    expect([sv.code, sv.stderr, en.stderr]).toEqual([
      1,
      `fordela: ${out}: mappen som filen ska skrivas i finns inte\n`,
      `fordela: ${out}: the folder to write the file in does not exist\n`,
    ]);
  });

  it("refuses an export over files already there without --force, and lists what --force replaced", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "fordela-out-"));
    writeFileSync(path.join(dir, "fordelning.csv"), "mitt eget");
    writeFileSync(path.join(dir, "anteckningar.txt"), "mina");
    const refused = await runCli("export", example, "--out-dir", dir);
    expect([refused.code, readdirSync(dir).sort()]).toEqual([1, ["anteckningar.txt", "fordelning.csv"]]);
    expect(refused.stderr).toContain("skulle ersätta 1 fil där (fordelning.csv); ange --force");
    const forced = await runCli("export", example, "--out-dir", dir, "--force");
    expect([forced.code, forced.stdout]).toEqual([
      0,
      expect.stringContaining("Ersatte 1 som fanns där: fordelning.csv\n"),
    ]);
    expect(readdirSync(dir)).toContain("anteckningar.txt");
  });

  it("refuses an export whose files would include the model file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "fordela-out-"));
    const model = path.join(dir, "fordelning.csv");
    copyFileSync(example, model);
    const run = await runCli("export", model, "--out-dir", dir, "--force");
    expect([run.code, run.stderr]).toEqual([
      1,
      `fordela: ${model}: det är själva modellfilen; ange en annan --out-dir\n`,
    ]);
  });
});
