import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseJson } from "../../src/engine";
import { runCli } from "../helpers/cli";

const dir = mkdtempSync(path.join(tmpdir(), "fordela-import-"));
function file(name: string, content: string | Uint8Array): string {
  const at = path.join(dir, name);
  writeFileSync(at, content);
  return at;
}

const scb = `"Folkmängd efter region och år"\n\n"region";"Folkmängd 2024"\n"2303 Ragunda";"5 146"\n"2380 Östersund";"64 979"\n`;

describe("fordela import", () => {
  it("prints the parties and keys of an SCB export as JSON, key ids from the headings", async () => {
    const run = await runCli("import", file("scb.csv", scb));
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(parseJson(run.stdout)).toEqual({
      parties: [
        { id: "2303", name: "Ragunda", code: "2303" },
        { id: "2380", name: "Östersund", code: "2380" },
      ],
      keys: { folkmangd_2024: { label: "Folkmängd 2024", values: { "2303": "5146", "2380": "64979" } } },
    });
  });

  it("refuses in one line FILE:LINE:COLUMN: reason with exit 2", async () => {
    const at = file("mixed.csv", 'kommun,folk\n"2380 Östersund","64,979"\n2303 Ragunda,979\n');
    const run = await runCli("import", at);
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr: `fordela: ${at}:2:2: "64,979" kan vara 64,979 (decimalkomma) eller 64979 (decimalpunkt); välj decimaltecken\n`,
    });
  });

  it("refuses a file whose only row is wider than its heading at that row, not as a table without rows", async () => {
    const at = file("wide.csv", "kommun;folkmangd\nÖstersund;64979;5\n");
    const run = await runCli("import", at);
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr: `fordela: ${at}:2:3: raden har 3 kolumner men rubriken 2; blandas avgränsare?\n`,
    });
  });

  it("reads under the decimal mark chosen with --decimal", async () => {
    const at = file("mixed2.csv", 'kommun,folk\n"2380 Östersund","64,979"\n2303 Ragunda,979\n');
    const run = await runCli("import", at, "--decimal", "point");
    expect(run.stdout).toContain('"2380": "64979"');
  });

  it("takes the columns named with --party, --name and --key", async () => {
    const at = file("cols.csv", "namn;kod;a;b\nRagunda;2303;1;5\nBräcke;2305;2;6\n");
    const run = await runCli("import", at, "--party", "kod", "--name", "1", "--key", "b=Användare 2024");
    expect(parseJson(run.stdout)).toEqual({
      parties: [
        { id: "2303", name: "Ragunda", code: "2303" },
        { id: "2305", name: "Bräcke", code: "2305" },
      ],
      keys: { anvandare_2024: { label: "b", values: { "2303": "5", "2305": "6" } } },
    });
  });

  it("keeps a party called __proto__ in its keys' values", async () => {
    const run = await runCli("import", file("proto.csv", "kod;folk\n__proto__;7\nb;3\n"));
    expect(run.stdout).toContain('"__proto__": "7"');
  });

  it("reads Excel's Unicode text (UTF-16 with its byte order mark)", async () => {
    const text = "Kommun\tFolkmängd\r\n2380 Östersund\t64 979\r\n";
    const bytes = new Uint8Array([
      0xff,
      0xfe,
      ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    const run = await runCli("import", file("unicode.txt", bytes));
    expect(run.stdout).toContain('"2380": "64979"');
  });

  it.each<[string, string[], string]>([
    [
      "a column that is not there",
      ["--party", "kommun"],
      'fordela: --party: filen har ingen kolumn "kommun"',
    ],
    ["a --key without an id", ["--key", "b"], 'fordela: --key: valet tar KOLUMN=ID, inte "b"'],
    [
      "two columns as one key",
      ["--key", "1=k", "--key", "b=k"],
      'fordela: --key: två kolumner skulle bli nyckeln "k"',
    ],
    [
      "a decimal mark that is not one",
      ["--decimal", "dot"],
      'fordela: --decimal: valet tar comma eller point, inte "dot"',
    ],
  ])("refuses %s with exit 1", async (_, options, message) => {
    const run = await runCli("import", file("ok.csv", "kod;b\na;1\n"), ...options);
    expect([run.code, run.stderr]).toEqual([1, expect.stringContaining(message)]);
  });

  it("refuses a missing file with exit 1", async () => {
    const run = await runCli("import", path.join(dir, "nothing.csv"));
    expect([run.code, run.stderr]).toEqual([
      1,
      `fordela: ${path.join(dir, "nothing.csv")}: filen finns inte\n`,
    ]);
  });

  it("refuses a file with no column of numbers to read as a key, instead of printing no keys", async () => {
    const run = await runCli("import", file("text.csv", "Kommun;Folkmängd\n2303 Ragunda;sju\n"));
    expect([run.code, run.stderr]).toEqual([
      1,
      expect.stringMatching(/text\.csv: filen har ingen kolumn med tal som kan läsas som en nyckel; .*--key/),
    ]);
  });

  it("names the cell of a value that is not a number once the column is named", async () => {
    const at = file("text.csv", "Kommun;Folkmängd\n2303 Ragunda;sju\n");
    const run = await runCli("import", at, "--key", "Folkmängd=folk");
    expect([run.code, run.stderr]).toEqual([2, `fordela: ${at}:2:2: "sju" är inte ett tal\n`]);
  });

  it("says FILE:LINE:COLUMN the same in English, and only the reason changes", async () => {
    const at = file("mixed.csv", "Kommun;Folkmängd\n2303 Ragunda;1,234\n2305 Bräcke;5\n");
    const [sv, en] = [await runCli("import", at), await runCli("import", at, "--lang", "en")];
    expect([sv.stderr, en.stderr]).toEqual([
      `fordela: ${at}:2:2: "1,234" kan vara 1,234 (decimalkomma) eller 1234 (decimalpunkt); välj decimaltecken\n`,
      `fordela: ${at}:2:2: "1,234" can be 1.234 (decimal comma) or 1234 (decimal point); choose the decimal mark\n`,
    ]);
  });

  it("asks for a CSV file, not a model file", async () => {
    expect((await runCli("import")).stderr).toBe("fordela: import: kommandot behöver en CSV-fil\n");
  });
});
