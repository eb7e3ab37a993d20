import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ExportFile } from "../workbook/export/exportFiles";
import { CliError } from "./CliError";

/**
 * Writes files into a folder, creating it if it is missing.
 *
 * @example
 * await writeFiles("ut", [{ name: "fordelning.csv", bytes }]);
 */
export async function writeFiles(dir: string, files: readonly ExportFile[]): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    for (const file of files) await writeFile(path.join(dir, file.name), file.bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      `${dir}: cannot be written (${code ?? (error instanceof Error ? error.message : "unknown error")})`,
    );
  }
}
