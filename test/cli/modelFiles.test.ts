import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { EXAMPLES, ROOT, runCli } from "../helpers/cli";

const dir = mkdtempSync(path.join(tmpdir(), "fordela-files-"));
const example = readFileSync(path.join(EXAMPLES, "samordningsforbund.json"), "utf8");
const write = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};
/** A one-line failure that is not "unexpected error". */
const oneLine = (stderr: string) => stderr.trim().split("\n").length === 1 && !/unexpected/.test(stderr);

describe("model files in every encoding a model may have", () => {
  it.each([
    ["UTF-8 with a byte-order mark", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(example)])],
    [
      "UTF-16 LE with a byte-order mark",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(example, "utf16le")]),
    ],
    [
      "UTF-16 BE with a byte-order mark",
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(example, "utf16le").swap16()]),
    ],
  ])("reads %s like UTF-8", async (_, bytes) => {
    const plain = await runCli("run", write("plain.json", example), "--json");
    expect(await runCli("run", write("encoded.json", bytes), "--json")).toEqual(plain);
  });

  it("refuses a Windows-1252 file in one line saying it is not UTF-8, at the Ö", async () => {
    const latin = Buffer.from(example.replace("Östersund", "\u00d6stersund"), "latin1");
    const run = await runCli("validate", write("cp1252.json", latin));
    expect([run.code, oneLine(run.stderr), run.stderr]).toEqual([
      1,
      true,
      expect.stringMatching(
        /cp1252\.json: filen är inte UTF-8-text: byten 0x[0-9A-F]{2} på rad \d+/,
      ) as string,
    ]);
  });

  it("refuses UTF-16 without a byte-order mark as not UTF-8", async () => {
    const run = await runCli("validate", write("utf16.json", Buffer.from(example, "utf16le")));
    expect([run.code, oneLine(run.stderr), /filen är inte UTF-8-text/.test(run.stderr)]).toEqual([
      1,
      true,
      true,
    ]);
  });
});

describe("model files that cannot be read", () => {
  it("refuses a missing file", async () => {
    expect((await runCli("run", path.join(dir, "missing.json"))).stderr).toMatch(
      /missing\.json: filen finns inte\n$/,
    );
  });

  it("refuses a folder", async () => {
    expect((await runCli("run", dir)).stderr).toMatch(/det är en mapp, inte en modellfil\n$/);
  });

  it("refuses a file it may not read", async () => {
    const file = write("secret.json", example);
    chmodSync(file, 0o000);
    const run = await runCli("run", file);
    chmodSync(file, 0o600);
    // root reads any file; then the model is simply read.
    expect(run.code === 0 || /secret\.json: åtkomst nekas/.test(run.stderr)).toBe(true);
  });

  it("refuses a file over 20 000 000 bytes without reading it, as a refused model", async () => {
    const file = write("big.json", Buffer.alloc(20_000_001, 0x20));
    const run = await runCli("validate", file);
    expect([run.code, oneLine(run.stderr), /mer än 20 000 000 byte/.test(run.stderr)]).toEqual([
      2,
      true,
      true,
    ]);
  });

  it("refuses 3 000 levels of nesting at the path too deep, exit 2", async () => {
    const run = await runCli("validate", write("deep.json", `${"[".repeat(3000)}${"]".repeat(3000)}`));
    expect([run.code, run.stderr]).toEqual([
      2,
      `fordela: ${"[0]".repeat(32)}: här ligger fler än 32 objekt eller listor inuti varandra\n`,
    ]);
  });

  it("refuses a repeated field name at its path", async () => {
    const run = await runCli(
      "validate",
      write("twice.json", example.replace('"name":', '"name": "x", "name":')),
    );
    expect(run.stderr).toBe(
      "fordela: name: fältet står två gånger i samma objekt, så det går inte att veta vilket värde som menas\n",
    );
  });

  it("quotes a 1 MB number cut, in one short line", async () => {
    const huge = example.replace('"2450000"', "9".repeat(1_000_000));
    const run = await runCli("validate", write("huge.json", huge));
    expect([run.code, run.stderr.length < 300, run.stderr.includes("…")]).toEqual([2, true, true]);
  });
});

describe("standard input", () => {
  const fordela = (input: string | Buffer, ...argv: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, "bin", "fordela.js"), ...argv], {
      input,
      encoding: "utf8",
      env: { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "" },
    });

  it("reads the model from standard input for -", () => {
    const run = fordela(example, "validate", "-");
    expect([run.status, run.stdout]).toEqual([0, expect.stringMatching(/^OK: /) as string]);
  });

  it("stops reading standard input past 20 000 000 bytes", () => {
    const run = fordela(Buffer.alloc(20_000_100, 0x20), "validate", "-");
    expect([run.status, /^fordela: -: filen är större än 20 000 000 byte/.test(run.stderr)]).toEqual([
      2,
      true,
    ]);
  });
});
