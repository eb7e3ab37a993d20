import * as fsPromises from "node:fs/promises";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeFiles, type FileOps } from "../../src/cli/writeFiles";
import { CliError } from "../../src/cli/CliError";

const bytes = (text: string) => new TextEncoder().encode(text);
const files = ["a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx", "fordelning.csv"].map((name) => ({
  name,
  bytes: bytes(`ny ${name}`),
}));

/** A folder with a file the export does not write and one it replaces. */
function folder(): string {
  const parent = mkdtempSync(path.join(tmpdir(), "fordela-write-"));
  const dir = path.join(parent, "ut");
  mkdirSync(dir);
  writeFileSync(path.join(dir, "egen.txt"), "min");
  writeFileSync(path.join(dir, "B.xlsx"), "gammal");
  return dir;
}

/** The folder's files and their text, and what else is beside it. */
function snapshot(dir: string): { files: Record<string, string>; beside: string[] } {
  const names = readdirSync(dir).sort();
  return {
    files: Object.fromEntries(names.map((n) => [n, readFileSync(path.join(dir, n), "utf8")])),
    beside: readdirSync(path.dirname(dir)),
  };
}

/** The real file operations, with the nth call of one of them failing. */
function failing(operation: "writeFile" | "rename", nth: number): FileOps {
  let calls = 0;
  const fail =
    <A extends unknown[], R>(real: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      calls++;
      return calls === nth
        ? Promise.reject(Object.assign(new Error("disk full"), { code: "ENOSPC" }))
        : real(...args);
    };
  return {
    ...fsPromises,
    [operation]: fail(fsPromises[operation] as (...args: unknown[]) => Promise<unknown>),
  } as FileOps;
}

describe("writing an export's files", () => {
  it("refuses to replace a file without --force, naming it, and writes nothing", async () => {
    const dir = folder();
    const before = snapshot(dir);
    await expect(writeFiles(dir, files, { force: false })).rejects.toThrow(
      `${dir}: exporten skulle ersätta 1 fil där (B.xlsx); ange --force för att ersätta dem, eller en annan --out-dir`,
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it("with force, replaces it (case ignored, as Windows and macOS compare), says so, and keeps the user's other files", async () => {
    const dir = folder();
    expect(await writeFiles(dir, files, { force: true })).toEqual({ replaced: ["B.xlsx"] });
    expect(snapshot(dir)).toEqual({
      files: {
        "a.xlsx": "ny a.xlsx",
        "b.xlsx": "ny b.xlsx",
        "c.xlsx": "ny c.xlsx",
        "d.xlsx": "ny d.xlsx",
        "egen.txt": "min",
        "fordelning.csv": "ny fordelning.csv",
      },
      beside: ["ut"],
    });
  });

  it("creates a new folder whole", async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "fordela-write-")), "ny");
    await writeFiles(dir, files, { force: false });
    expect([readdirSync(dir).length, readdirSync(path.dirname(dir))]).toEqual([5, ["ny"]]);
  });

  it.each<["writeFile" | "rename", number]>([
    ["writeFile", 3],
    ["rename", 4],
  ])("leaves the folder as it was when %s fails half-way (call %i)", async (operation, nth) => {
    const dir = folder();
    const before = snapshot(dir);
    const error = await writeFiles(dir, files, { force: true, fs: failing(operation, nth) }).catch(
      (e: unknown) => e,
    );
    expect(error).toEqual(new CliError(dir, "folderUnwritable", { cause: "ENOSPC" }));
    expect((error as CliError).message).toBe(`${dir}: mappen kan inte skrivas (ENOSPC); den är som den var`);
    expect(snapshot(dir)).toEqual(before);
  });

  it("leaves no folder behind when writing a new one fails half-way", async () => {
    const parent = mkdtempSync(path.join(tmpdir(), "fordela-write-"));
    await expect(
      writeFiles(path.join(parent, "ny"), files, { force: false, fs: failing("writeFile", 2) }),
    ).rejects.toThrow("mappen kan inte skrivas (ENOSPC)");
    expect(readdirSync(parent)).toEqual([]);
  });
});
