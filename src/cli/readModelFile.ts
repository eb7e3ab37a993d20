import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { JsonSyntaxError, LIMITS, parseModelJson } from "../engine";
import { CliError } from "./CliError";
import { decodeModelText } from "./decodeModelText";

/** 20000000 as "20 000 000", as MODEL.md writes its limits. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");

/**
 * Reads a model file (or standard input for `-`) as lossless JSON. The file
 * is measured before it is read: one over {@link LIMITS.bytes} is refused
 * unread, and standard input is read no further than the limit. A missing,
 * empty, unreadable or non-UTF-8 file and broken JSON each become one clear
 * {@link CliError} line naming the file.
 *
 * @example
 * readModelFile("examples/samordningsforbund.json"); // the parsed document
 */
export function readModelFile(file: string): unknown {
  const name = file === "-" ? "standard input" : file;
  const decoded = decodeModelText(readBytes(file, name));
  if ("refused" in decoded) throw new CliError(`${name} ${decoded.refused}`);
  const { text } = decoded;
  if (text.trim() === "" || text.trim() === "\uFEFF")
    throw new CliError(`${name}: the file is empty; expected a Fördela model (JSON)`);
  try {
    return parseModelJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw new CliError(`${name}: not valid JSON: ${error.message}`);
    throw error;
  }
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
    if (stat.isDirectory()) throw new CliError(`${name}: is a folder, not a model file`);
    if (stat.isFile() && stat.size > LIMITS.bytes) throw tooLarge(name, `is ${grouped(stat.size)} bytes`);
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
    if (total > LIMITS.bytes) throw tooLarge(name, "goes on");
    chunks.push(chunk.subarray(0, read));
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(name: string, size: string): CliError {
  return new CliError(
    `${name} ${size} past ${grouped(LIMITS.bytes)} bytes, the most a model file may hold; it was not read`,
    2,
  );
}

function fileError(error: unknown, name: string): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new CliError(`${name}: no such file`);
  if (code === "EISDIR") return new CliError(`${name}: is a folder, not a model file`);
  if (code === "EACCES" || code === "EPERM")
    return new CliError(`${name}: permission denied; it cannot be read`);
  if (code === "ENOTDIR") return new CliError(`${name}: a part of the path is a file, not a folder`);
  if (code === "ENAMETOOLONG") return new CliError(`${name}: the file name is too long`);
  return new CliError(
    `${name}: cannot be read (${code ?? (error instanceof Error ? error.message : "unknown error")})`,
  );
}
