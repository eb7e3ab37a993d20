import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { EXAMPLES, ROOT, runBin, runCli } from "../helpers/cli";

// `fordela` loads the command line bundled into one file (webpack.cli.config.js),
// not the modules tsc writes: it must be the same command, word for word.

const model = path.join(EXAMPLES, "turism.json");

describe("the bundled command line", () => {
  it("has no dynamic import(), which a bundle loaded as bin/loadCli.js loads it could not run", () => {
    const bundle = readFileSync(path.join(ROOT, "dist", "node", "fordela.js"), "utf8");
    expect(bundle.length).toBeGreaterThan(100_000);
    expect(bundle).not.toMatch(/\bimport\s*\(/);
  });

  it("is what bin/loadCli.js loads, for bin/fordela.js (test/cli/loadCli.test.ts runs that)", () => {
    const script = `process.stdout.write(require(${JSON.stringify(path.join(ROOT, "bin", "loadCli.js"))}).BUNDLE)`;
    const loaded = execFileSync(process.execPath, ["-e", script], { encoding: "utf8" });
    expect(loaded).toBe(path.join(ROOT, "dist", "node", "fordela.js"));
  });

  it.each([
    ["the tables", ["run", model]],
    ["the result document", ["run", model, "--json"]],
    ["a comparison", ["compare", model, "--a", "Samma som i fjol", "--b", "base"]],
    ["a refusal", ["compare", model, "--b", "Förslag 3"]],
    ["English", ["run", model, "--lang", "en"]],
  ])("prints %s as the command line's source does", async (_, argv) => {
    const [bundled, source] = [runBin(...argv), await runCli(...argv)];
    expect(bundled).toEqual(source);
  });

  it("writes the same workbook", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "fordela-bundle-"));
    const [one, two] = [path.join(dir, "bin.xlsx"), path.join(dir, "src.xlsx")];
    const [bundled, source] = [runBin("run", model, "--out", one), await runCli("run", model, "--out", two)];
    expect([bundled.code, bundled.stderr, bundled.stdout.replace(one, "OUT")]).toEqual([
      source.code,
      source.stderr,
      source.stdout.replace(two, "OUT"),
    ]);
    // part by part: docProps/core.xml holds the time of writing
    const parts = (file: string) => {
      const { ["docProps/core.xml"]: written, ...rest } = unzipSync(readFileSync(file));
      expect(written).toBeDefined();
      return rest;
    };
    const made = parts(one);
    expect(Object.keys(made).length).toBeGreaterThan(5);
    expect(made).toEqual(parts(two));
  });
});
