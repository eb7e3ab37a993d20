import * as fsPromises from "node:fs/promises";
import path from "node:path";
import type { ExportFile } from "../workbook/export/exportFiles";
import { sameFileKey } from "../workbook/export/fileNames";
import { CliError } from "./CliError";

/** The file operations an export uses; tests put failures in their way. */
export type FileOps = Pick<
  typeof fsPromises,
  "mkdir" | "mkdtemp" | "writeFile" | "rename" | "rm" | "readdir" | "stat"
>;

/** What an export did: the files in the folder it replaced (none unless forced). */
export interface WriteReport {
  readonly replaced: readonly string[];
}

/**
 * Writes an export's files into a folder, whole or not at all: every file is
 * written first to a staging folder beside the target, and only when all are
 * written are they moved into place (the folder itself, when it is new). If
 * anything fails, what was moved is moved back, and the folder is as it was.
 * Files in the folder that the export does not write are left alone. Files it
 * would replace (names compared as Windows and macOS do, case ignored) are
 * refused unless `force`, and reported when replaced.
 *
 * @example
 * await writeFiles("ut", [{ name: "fordelning.csv", bytes }], { force: false }); // { replaced: [] }
 */
export async function writeFiles(
  dir: string,
  files: readonly ExportFile[],
  options: { readonly force: boolean; readonly fs?: FileOps },
): Promise<WriteReport> {
  const fs = options.fs ?? fsPromises;
  const target = path.resolve(dir);
  const existing = await folderNames(fs, dir, target);
  const replaced = files.flatMap((f) => existing.get(sameFileKey(f.name)) ?? []);
  if (replaced.length > 0 && !options.force)
    throw new CliError(dir, "wouldReplace", {
      count: replaced.length,
      names: replaced.slice(0, 3).join(", "),
      more: Math.max(0, replaced.length - 3),
    });
  const parent = path.dirname(target);
  const staging = await attempt(dir, async () => {
    await fs.mkdir(parent, { recursive: true });
    return fs.mkdtemp(path.join(parent, `.${path.basename(target)}-fordela-`));
  });
  try {
    await attempt(dir, async () => {
      await fs.mkdir(path.join(staging, "new"));
      for (const file of files) await fs.writeFile(path.join(staging, "new", file.name), file.bytes);
    });
    if (existing.size === 0 && !(await exists(fs, target)))
      await attempt(dir, () => fs.rename(path.join(staging, "new"), target));
    else await moveIn(fs, dir, staging, files, replaced);
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
  return { replaced };
}

/** The names in the folder, by how Windows and macOS compare them; none when it does not exist. */
async function folderNames(fs: FileOps, dir: string, target: string): Promise<Map<string, string>> {
  const stat = await fs.stat(target).catch(() => undefined);
  if (stat === undefined) return new Map();
  if (!stat.isDirectory()) throw new CliError(dir, "fileNotFolder");
  const names = await attempt(dir, () => fs.readdir(target));
  return new Map(names.map((name) => [sameFileKey(name), name]));
}

/**
 * Moves the staged files into an existing folder: the files they replace go
 * to the staging folder first; on a failure every move is undone, last first.
 */
async function moveIn(
  fs: FileOps,
  dir: string,
  staging: string,
  files: readonly ExportFile[],
  replaced: readonly string[],
): Promise<void> {
  const target = path.resolve(dir);
  const undo: (() => Promise<void>)[] = [];
  const move = async (from: string, to: string) => {
    await fs.rename(from, to);
    undo.push(() => fs.rename(to, from));
  };
  try {
    await fs.mkdir(path.join(staging, "old"));
    for (const name of replaced) await move(path.join(target, name), path.join(staging, "old", name));
    for (const file of files) await move(path.join(staging, "new", file.name), path.join(target, file.name));
  } catch (error) {
    for (const step of undo.reverse()) await step().catch(() => undefined);
    throw cannotWrite(dir, error);
  }
}

async function exists(fs: FileOps, file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

/** Runs a file operation; a failure becomes one line naming the folder. */
async function attempt<T>(dir: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw cannotWrite(dir, error);
  }
}

function cannotWrite(dir: string, error: unknown): CliError {
  if (error instanceof CliError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  return new CliError(dir, "folderUnwritable", {
    cause: code ?? (error instanceof Error ? error.message : String(error)),
  });
}
