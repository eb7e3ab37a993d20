import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { LIMITS, parseModelJson } from "../engine";
import { CliError } from "./CliError";
import { decodeModelText } from "./decodeModelText";

/**
 * Reads a model file (or standard input for `-`) as lossless JSON. The file
 * is measured before it is read: one over {@link LIMITS.bytes} is refused
 * unread, and standard input is read no further than the limit. A missing,
 * empty, unreadable or non-UTF-8 file is a {@link CliError} naming the file;
 * broken JSON the engine's JsonSyntaxError, which the command line reports
 * at the file.
 *
 * @example
 * readModelFile("examples/samordningsforbund.json"); // the parsed document
 */
export function readModelFile(file: string): unknown {
  const name = file === "-" ? "-" : file;
  const decoded = decodeModelText(readBytes(file, name));
  if ("refused" in decoded) throw new CliError(name, decoded.refused.code, decoded.refused.params as never);
  const { text } = decoded;
  if (text.trim() === "" || text.trim() === "\uFEFF") throw new CliError(name, "emptyFile");
  return parseModelJson(text);
}

/** The file's bytes, at most the size limit; refuses a larger file before reading it whole. */
function readBytes(file: string, name: string): Uint8Array {
  let fd: number;
  try {
    fd = file === "-" ? 0 : openSync(file, "r");
  } catch (error) {
    throw fileError(error, name);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new CliError(name, "isFolder");
    if (stat.isFile() && stat.size > LIMITS.bytes)
      throw new CliError(name, "tooLarge", { size: stat.size, max: LIMITS.bytes });
    return readUpTo(fd, name);
  } catch (error) {
    throw error instanceof CliError ? error : fileError(error, name);
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

/** Reads to the end, or refuses once past the limit (standard input has no size to stat). */
function readUpTo(fd: number, name: string): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.alloc(1 << 20);
    let read: number;
    try {
      read = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EAGAIN") continue;
      if ((error as NodeJS.ErrnoException).code === "EOF") break;
      throw error;
    }
    if (read === 0) break;
    total += read;
    if (total > LIMITS.bytes) throw new CliError(name, "tooLarge", { size: "", max: LIMITS.bytes });
    chunks.push(chunk.subarray(0, read));
  }
  return Buffer.concat(chunks, total);
}

function fileError(error: unknown, name: string): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new CliError(name, "noSuchFile");
  if (code === "EISDIR") return new CliError(name, "isFolder");
  if (code === "EACCES" || code === "EPERM") return new CliError(name, "permissionDenied");
  if (code === "ENOTDIR") return new CliError(name, "pathThroughFile");
  if (code === "ENAMETOOLONG") return new CliError(name, "nameTooLong");
  return new CliError(name, "unreadable", {
    cause: code ?? (error instanceof Error ? error.message : String(error)),
  });
}
